import type { Language } from '../../lesson/common.ts';
import type { NarrationStep } from '../../lesson/steps/narration.ts';
import { pick } from '../../lesson/text.ts';

type Caption = NonNullable<NarrationStep['audio']>['captions'][number];

/**
 * The caption showing at `seconds` into the audio: its index, or −1 between captions. Captions are
 * searched in order, so overlapping ones resolve to the earliest listed.
 */
export function captionAt(captions: readonly Caption[], seconds: number): number {
  for (let i = 0; i < captions.length; i++) {
    const c = captions[i]!;
    if (seconds >= c.start && seconds < c.end) return i;
  }
  return -1;
}

export function captionText(step: NarrationStep, index: number, lang: Language): string {
  const c = index >= 0 ? step.audio?.captions[index] : undefined;
  return c ? pick(c.text, lang) : '';
}

/** Where a lesson asset is served from: assets/ is the site's root folder. */
export function assetUrl(path: string, base: string): string {
  return new URL(path, base).href;
}
