/**
 * About how many lines troika will wrap `text` into at `fontSize` within `maxWidth` (metres), so a
 * panel can be sized before the text has been laid out. Errs on the side of one line too many.
 * Widths are Pretendard's averages: Hangul ≈ 0.92 em, a space ≈ 0.26 em, other characters ≈ 0.56 em.
 */
/** About how wide one character is, in ems (Pretendard's averages; see `estimateLines`). */
export const charEms = (ch: string): number => (/[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3\u3000-\u9fff]/.test(ch) ? 0.92 : ch === ' ' ? 0.26 : 0.56);

export function estimateLines(text: string, maxWidth: number, fontSize: number): number {
  const perLine = maxWidth / fontSize; // ems
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let ems = 0;
    let rows = 1;
    for (const word of paragraph.split(' ')) {
      let w = 0;
      for (const ch of word) w += charEms(ch);
      if (ems > 0 && ems + 0.26 + w > perLine) {
        rows += 1 + Math.floor(w / perLine);
        ems = w % perLine;
      } else {
        ems += (ems > 0 ? 0.26 : 0) + w;
        while (ems > perLine) {
          rows++;
          ems -= perLine;
        }
      }
    }
    lines += rows;
  }
  return lines;
}
