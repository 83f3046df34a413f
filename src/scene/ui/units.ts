/**
 * Text as troika may lay it out. Troika decides once per font glyph whether it is a space it may
 * break at, from the first character it meets with that glyph, and our font (like Pretendard) draws
 * the no-break space U+00A0 with the space glyph. A lesson's "1\u00a0m³" cannot stay together in 3D
 * then, and worse: if a no-break space were the first met, no space would ever break a line again.
 * So 3D text gets plain spaces; the page (DOM) keeps the lesson's no-break spaces.
 */
export function forTroika(text: string): string {
  return text.includes('\u00a0') ? text.replace(/\u00a0/g, ' ') : text;
}
