import { LANGUAGES } from '../constants.ts';
import { assetPathReason, quote } from '../describe.ts';
import { READING } from '../limits.ts';
import type { JsonPath } from '../problem.ts';
import { listOf } from '../suggest.ts';
import { arr, isObj, finiteNumber, str, type Ctx } from './context.ts';
import { englishWords, koreanChars } from './readability.ts';

/** A caption may run this far past the recording's end (rounding in an editor) before it is flagged. */
const SLACK_SECONDS = 0.1;

const seconds = (s: number): string => `${Number(s.toFixed(2))} s`;

/**
 * A narration's sound: a recording for every language of the lesson (when given per language), and
 * captions that follow each recording: in the order they are heard, not on top of each other, within
 * the recording's length (when `options.audioSeconds` can tell it), and short enough to read.
 */
export function checkNarrationAudio(ctx: Ctx): void {
  for (const s of ctx.steps) {
    const audio = s.step.audio;
    if (s.type !== 'narration' || !isObj(audio)) continue;
    const at: JsonPath = [...s.path, 'audio'];
    if ('src' in audio) {
      checkCaptions(ctx, str(audio.src), audio.captions, [...at, 'captions'], null);
      continue;
    }
    const langs = ctx.languages;
    if (langs) {
      // A declared language the format does not know is refused where it is declared.
      const missing = langs.filter((l) => (LANGUAGES as readonly string[]).includes(l) && !isObj(audio[l]));
      if (missing.length) {
        const what = missing.length === 1 ? `the ${quote(missing[0]!)} recording` : `the ${listOf(missing, true, 'and')} recordings`;
        ctx.rep.at(at, 'missing-language', `missing ${what} (the lesson's languages are ${listOf(langs, true, 'and')}): add ${missing.map((l) => `"${l}": { "src": …, "captions": […] }`).join(' and ')}`);
      }
    }
    for (const lang of LANGUAGES) {
      const voice = audio[lang];
      if (!isObj(voice)) continue;
      if (langs && !langs.includes(lang)) {
        ctx.rep.at([...at, lang], 'undeclared-language', `a "${lang}" recording, but the lesson's languages are ${listOf(langs, true, 'and')}: add "${lang}" to "languages", or remove it`, 'warning');
      }
      checkCaptions(ctx, str(voice.src), voice.captions, [...at, lang, 'captions'], lang);
    }
  }
}

/** One recording's captions; `lang` is set for a recording per language (plain-text captions). */
function checkCaptions(ctx: Ctx, src: string | undefined, list: unknown, at: JsonPath, lang: string | null): void {
  const length = src !== undefined && assetPathReason(src) === undefined ? ctx.options.audioSeconds?.(src) : undefined;
  let previous: { start: number; end: number } | undefined;
  arr(list).forEach((c, i) => {
    if (!isObj(c)) return;
    const here: JsonPath = [...at, i];
    const [start, end] = [finiteNumber(c.start), finiteNumber(c.end)];
    if (lang !== null) checkVoiceText(ctx, c.text, [...here, 'text'], lang);
    if (start === undefined || end === undefined) return;
    // A caption per language's range is checked here; a shared file's by analyze/misc.ts.
    if (lang !== null && end <= start) ctx.rep.at([...here, 'end'], 'bad-range', `a caption must end after it starts (start ${start} s, end ${end} s)`);
    if (previous && start < previous.start) {
      ctx.rep.at([...here, 'start'], 'captions-out-of-order', `this caption starts at ${seconds(start)}, before the one above it (${seconds(previous.start)}): list captions in the order they are heard, since the transcript reads them in that order`);
    } else if (previous && start < previous.end) {
      ctx.rep.at([...here, 'start'], 'captions-overlap', `this caption starts at ${seconds(start)} while the one above it shows until ${seconds(previous.end)}: only that one shows until then; end it where this one starts`, 'warning');
    }
    if (length !== undefined) {
      if (start >= length) {
        ctx.rep.at([...here, 'start'], 'caption-after-audio', `this caption starts at ${seconds(start)}, but ${src} is ${seconds(length)} long: it would never show; time it to the recording`);
      } else if (end > length + SLACK_SECONDS) {
        ctx.rep.at([...here, 'end'], 'caption-past-audio', `this caption ends at ${seconds(end)}, after ${src} ends (${seconds(length)}): end it with the recording`, 'warning');
      }
    }
    previous = { start, end };
  });
}

/** A caption in one language's recording is a plain text: not blank, and short enough for a headset. */
function checkVoiceText(ctx: Ctx, text: unknown, at: JsonPath, lang: string): void {
  if (typeof text !== 'string' || text.length === 0) return;
  if (text.trim() === '') {
    ctx.rep.at(at, 'blank-text', 'this caption is only spaces: write what the voice says');
    return;
  }
  const limit = READING.panel;
  if (lang === 'en' && englishWords(text) > limit.enWords) {
    ctx.rep.at(at, 'long-text', `${englishWords(text)} words is long to read in a headset (a panel fits about ${limit.enWords}): split it into shorter captions`, 'warning');
  }
  if (lang === 'ko' && koreanChars(text) > limit.koChars) {
    ctx.rep.at(at, 'long-text', `${koreanChars(text)} characters is long to read in a headset (a panel fits about ${limit.koChars}): split it into shorter captions`, 'warning');
  }
}
