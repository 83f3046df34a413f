import { LIMITS } from '../limits.ts';

export interface GuardFinding {
  offset: number;
  code: string;
  message: string;
}

/** Cheap checks before parsing: the text to parse (BOM removed), findings, and whether to stop. */
export interface Guarded {
  text: string;
  findings: GuardFinding[];
  fatal: boolean;
}

export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function tooBigMessage(bytes: number): string {
  return `the file is ${megabytes(bytes)}; a lesson file may be at most ${megabytes(LIMITS.maxBytes)}: split the lesson, or move pictures and sounds into assets/`;
}

// Control characters other than tab, line feed and carriage return, and U+FFFD (bytes that were not UTF-8).
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/g;

// UTF-16 text read as UTF-8: a NUL beside every ASCII character, maybe after a mangled byte-order mark.
const UTF16 = /^(\ufffd\ufffd)?(([^\u0000]\u0000){2}|(\u0000[^\u0000]){2})/;

export function guard(input: string): Guarded {
  const fatal = (offset: number, code: string, message: string): Guarded => ({ text: input, findings: [{ offset, code, message }], fatal: true });
  if (input.length > LIMITS.maxBytes || (input.length * 3 > LIMITS.maxBytes && utf8Length(input) > LIMITS.maxBytes)) {
    return fatal(0, 'too-big', tooBigMessage(utf8Length(input.slice(0, LIMITS.maxBytes * 2))));
  }
  // Editors hide a byte-order mark; leaving it out keeps columns as the author sees them.
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.trim() === '') {
    return fatal(0, 'empty', 'the file is empty: a lesson is a JSON object { "formatVersion": 1, … }; `npm run lessons:new -- ID` writes one to start from');
  }
  if (UTF16.test(text.slice(0, 8))) {
    return { ...fatal(0, 'not-text', 'this file looks saved as UTF-16 ("Unicode"): save it as UTF-8'), text };
  }
  const odd: number[] = [];
  CONTROL.lastIndex = 0;
  for (let m = CONTROL.exec(text); m && odd.length <= 8; m = CONTROL.exec(text)) odd.push(m.index);
  const nul = text.indexOf('\u0000');
  if (nul >= 0 || odd.length > 8) {
    const offset = nul >= 0 ? nul : odd[0]!;
    return { ...fatal(offset, 'not-text', 'this is not a text file (it holds binary bytes here): a lesson is UTF-8 JSON text'), text };
  }
  const findings: GuardFinding[] = [];
  const bad = text.indexOf('\ufffd');
  if (bad >= 0) findings.push({ offset: bad, code: 'not-utf8', message: 'the file holds bytes that are not UTF-8 text here (shown as "\ufffd"): save the file as UTF-8' });
  return { text, findings, fatal: false };
}
