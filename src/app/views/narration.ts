import type { Language } from '../../lesson/common.ts';
import type { NarrationAudio } from '../../lesson/steps/narration.ts';
import { pick } from '../../lesson/text.ts';

export interface VoiceCue {
  start: number;
  end: number;
  text: string;
}

/** What the student hears and reads in their language: one file and the captions timed to it. */
export interface VoiceView {
  src: string;
  /** Which recording: the language's own, or 'shared' when one file serves every language. */
  of: Language | 'shared';
  captions: VoiceCue[];
}

/**
 * The recording for `lang`: its own when the lesson has one per language (else the other language's,
 * as texts fall back), or the shared file with each caption's text in `lang`.
 */
export function voiceFor(audio: NarrationAudio, lang: Language): VoiceView | null {
  // One file for every language (`src` at the top; the schema file is not shipped, so no helper from it).
  if ('src' in audio) {
    return { src: audio.src, of: 'shared', captions: audio.captions.map((c) => ({ start: c.start, end: c.end, text: pick(c.text, lang) })) };
  }
  const of: Language | undefined = audio[lang] ? lang : audio.ko ? 'ko' : audio.en ? 'en' : undefined;
  const v = of ? audio[of] : undefined;
  return of && v ? { src: v.src, of, captions: v.captions.map((c) => ({ start: c.start, end: c.end, text: c.text })) } : null;
}

/**
 * The caption showing at `seconds` into the audio: its index, or −1 between captions. Captions are
 * searched in order, so overlapping ones resolve to the earliest listed.
 */
export function captionAt(captions: readonly { start: number; end: number }[], seconds: number): number {
  for (let i = 0; i < captions.length; i++) {
    const c = captions[i]!;
    if (seconds >= c.start && seconds < c.end) return i;
  }
  return -1;
}

export function captionText(voice: VoiceView | null, index: number): string {
  return (index >= 0 ? voice?.captions[index]?.text : undefined) ?? '';
}

/** Where a lesson asset is served from: assets/ is the site's root folder. */
export function assetUrl(path: string, base: string): string {
  return new URL(path, base).href;
}
