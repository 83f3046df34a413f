/**
 * Less to read in a headset: what one 3D panel shows at once (the lesson's text plus the app's own
 * lines: cards, figures, sources, buttons, status) stays within about 60 words. The view models use
 * this to split a panel into faces and pages; tests/unit/panel-words.test.ts measures every panel of
 * every built-in step with the same count.
 */

/** About 60 words: what a student reads comfortably on one panel in a headset. */
export const PANEL_WORDS = 60;

/**
 * Words as a reader meets them: tokens between spaces that hold a letter or a digit ("≈", "·",
 * "→", "▶" do not count). Korean words are space-separated tokens too.
 */
export function countWords(text: string): number {
  let n = 0;
  for (const w of text.split(/\s+/u)) if (/[\p{L}\p{N}]/u.test(w)) n++;
  return n;
}

/** One face or page of a step's 3D panel, as drawn at once: where it is, and its texts in reading order. */
export interface PanelFace {
  panel: string;
  texts: string[];
}

/**
 * Items split into pages in their order, each page's items within `room` words and `most` items
 * (a longer item gets a page of its own). The pages are then evened out: 5 items in two pages are
 * 3 + 2, not 4 + 1, when that still fits.
 */
export function pageByWords<T>(items: readonly T[], words: (item: T) => number, room: number, most: number): T[][] {
  const greedy = (limit: number): T[][] => {
    const pages: T[][] = [];
    let page: T[] = [];
    let used = 0;
    for (const item of items) {
      const w = words(item);
      if (page.length && (used + w > room || page.length >= limit)) {
        pages.push(page);
        page = [];
        used = 0;
      }
      page.push(item);
      used += w;
    }
    if (page.length) pages.push(page);
    return pages;
  };
  const first = greedy(most);
  // As many pages, but no page fuller than it needs to be: the fewest items per page that still
  // gives as few pages.
  for (let limit = Math.ceil(items.length / Math.max(first.length, 1)); limit < most; limit++) {
    const even = greedy(limit);
    if (even.length === first.length) return even;
  }
  return first;
}
