/** How much of a text from the file a message repeats: a hostile 20,000-character key must not fill the screen. */
export const SHOWN_CHARS = 40;

/** `text` cut to its first SHOWN_CHARS characters and "…" (never splitting a surrogate pair), or as it is. */
export function short(text: string, max = SHOWN_CHARS): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text.charAt(max - 1)) ? max - 1 : max;
  return `${text.slice(0, end)}…`;
}

/** A text from the file, quoted for a message: `"quizz"`, cut short and with line breaks escaped. */
export function quote(text: string): string {
  return JSON.stringify(short(text));
}

/** A value as an author would recognise it in a message: `"quizz"`, `5`, `a list`. */
export function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (typeof v === 'string') return quote(v);
  if (typeof v === 'number' && !Number.isFinite(v)) return Number.isNaN(v) ? 'a value that is not a number' : 'a number too large to be represented';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return 'a list';
  return 'an object';
}

/** `1 item`, `3 items`. */
export function plural(n: number, word: string): string {
  return `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
}

/** Why an asset path is refused, in words, or undefined when the problem is something else. */
export function assetPathReason(path: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) && !/^[a-z]:[\\/]/i.test(path)) {
    const scheme = path.slice(0, path.indexOf(':') + 1).toLowerCase();
    return `"${scheme}" links are not allowed: put the file under assets/ and write its path, such as "models/tree.glb"`;
  }
  if (path.startsWith('//') || path.startsWith('\\\\')) return 'links to other hosts ("//…") are not allowed: put the file under assets/ and write its path';
  if (/^([a-z]:)?[\\/]/i.test(path)) return 'an absolute path is not allowed: write the path under assets/, such as "models/tree.glb"';
  if (/(^|[\\/])\.\.([\\/]|$)/.test(path)) return '".." may not leave the assets/ folder: write the path under assets/';
  if (path.includes('\\')) return 'write "/" between folders, not "\\"';
  if (path === '') return 'the path is empty';
  if (/[^A-Za-z0-9_\-./]/.test(path)) return 'use only letters, digits, "-", "_", "." and "/" in asset file names';
  return undefined;
}
