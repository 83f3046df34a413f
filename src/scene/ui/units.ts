/**
 * Text as troika may lay it out. Troika decides once per font glyph whether it is a space it may
 * break at, from the first character it meets with that glyph, and our font (like Pretendard) draws
 * the no-break space U+00A0 with the space glyph: a no-break space cannot hold in 3D, and worse, if
 * one were the first met, no space would ever break a line again. Lessons put no-break spaces only
 * between a number and its unit ("1\u00a0m³", "1.5\u00a0°C"), so 3D text joins those ("1m³", "1.5°C"):
 * a figure never splits across lines in a headset. The page (DOM) keeps the lesson's no-break spaces.
 */
export function forTroika(text: string): string {
  return text.includes('\u00a0') ? text.replace(/\u00a0/g, '') : text;
}
