import { printParseErrorCode, type ParseError } from 'jsonc-parser';

export interface SyntaxFinding {
  offset: number;
  message: string;
}

const VALUE = 'a value (a "string", a number, true, false, null, an object {…} or a list […])';

function wordAt(text: string, offset: number): string {
  const m = /^"(?:[^"\\\r\n]|\\.){0,30}"?|^-?[A-Za-z_$][\w$]*|^\S/.exec(text.slice(offset, offset + 40));
  return m?.[0] ?? '';
}

/** The offset of the last non-space character before `offset`, or -1. */
function previousToken(text: string, offset: number): number {
  let i = offset - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  return i;
}

function invalidSymbol(text: string, offset: number): SyntaxFinding {
  const word = wordAt(text, offset);
  if (/^-?(NaN|Infinity)$/.test(word)) return { offset, message: `${word} is not a JSON number: write a number such as 0, or leave the key out` };
  if (word === 'undefined') return { offset, message: 'undefined is not a JSON value: leave the key out, or write null' };
  if (word === "'") return { offset, message: "strings need double quotes: \"…\", not '…'" };
  if (/^[A-Za-z_$][\w$]*$/.test(word) && /^\s*:/.test(text.slice(offset + word.length))) {
    return { offset, message: `property names need double quotes: write "${word}"` };
  }
  if (/^(True|False|Null|TRUE|FALSE|NULL)$/.test(word)) return { offset, message: `JSON writes ${word.toLowerCase()} in lowercase` };
  return { offset, message: `unexpected "${word}": expected ${VALUE}` };
}

function trailingComma(text: string, offset: number): SyntaxFinding | undefined {
  const closer = text[offset];
  if (closer !== ']' && closer !== '}') return undefined;
  const comma = previousToken(text, offset);
  if (text[comma] !== ',') return undefined;
  return { offset: comma, message: `trailing comma: JSON allows no "," before "${closer}"; remove it` };
}

function describe(text: string, e: ParseError): SyntaxFinding | undefined {
  const { offset } = e;
  const word = wordAt(text, offset);
  const found = offset >= text.length ? 'the end of the file' : word.startsWith('"') ? word : `"${word}"`;
  switch (printParseErrorCode(e.error)) {
    case 'InvalidSymbol':
      return invalidSymbol(text, offset);
    case 'ValueExpected':
      return trailingComma(text, offset) ?? { offset, message: `expected ${VALUE}, found ${found}` };
    case 'PropertyNameExpected':
      return trailingComma(text, offset) ?? { offset, message: `expected a property name in double quotes, found ${found}` };
    case 'ColonExpected':
      return { offset, message: `expected ":" after the property name, found ${found}` };
    case 'CommaExpected':
      return { offset, message: `missing "," before ${found}` };
    case 'CloseBraceExpected':
      return { offset, message: `expected "}", found ${found}` };
    case 'CloseBracketExpected':
      return { offset, message: `expected "]", found ${found}` };
    case 'EndOfFileExpected':
      return { offset, message: 'extra text after the end of the lesson: a file holds one JSON object' };
    case 'InvalidCommentToken':
    case 'UnexpectedEndOfComment':
      return { offset, message: 'comments are not allowed in lesson files (JSON): delete this one' };
    case 'UnexpectedEndOfString':
      return { offset, message: 'this string is never closed: add a " at its end' };
    case 'UnexpectedEndOfNumber':
    case 'InvalidNumberFormat':
      return { offset, message: `"${text.slice(offset, offset + e.length)}" is not a JSON number: write digits like 12 or 0.5` };
    case 'InvalidUnicode':
      return { offset, message: 'invalid \\u escape: write four hex digits, e.g. \\u00e9' };
    case 'InvalidEscapeCharacter':
      return { offset, message: 'invalid escape in a string: JSON allows \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX' };
    case 'InvalidCharacter': {
      const raw = text.slice(offset, offset + e.length).search(/[\u0000-\u001f]/);
      return { offset: offset + Math.max(raw, 0), message: 'a string may not hold a raw tab or line break: write \\t or \\n' };
    }
    default:
      return { offset, message: 'this is not valid JSON here' };
  }
}

/** Errors that usually follow another one as the parser recovers, rather than being mistakes of their own. */
const ECHOES = new Set(['ValueExpected', 'PropertyNameExpected', 'CloseBraceExpected', 'CloseBracketExpected', 'EndOfFileExpected']);

/**
 * jsonc-parser's errors as sentences, without the echoes a single mistake leaves behind: after a bad token
 * the parser often trips over the next ones too. An error that is usually an echo (a value expected, a
 * bracket expected) is kept only when no other error came shortly before it; a trailing comma is always
 * its own mistake. Brackets are left out when the bracket scan already explained them.
 */
export function syntaxFindings(
  text: string,
  errors: ParseError[],
  bracketsExplained: boolean,
  lineOf: (offset: number) => number,
  /** Lines that already carry a problem from the bracket scan. */
  lines: Set<number>,
): SyntaxFinding[] {
  const out: SyntaxFinding[] = [];
  let end = -1;
  let lastLine = lines.size ? Math.max(...lines) : -Infinity;
  for (const e of [...errors].sort((a, b) => a.offset - b.offset)) {
    const code = printParseErrorCode(e.error);
    const adjacent = e.offset <= end;
    end = Math.max(end, e.offset + e.length);
    if (adjacent) continue;
    if (bracketsExplained && (code === 'CloseBraceExpected' || code === 'CloseBracketExpected' || e.offset >= text.length)) continue;
    const line = lineOf(e.offset);
    const trailing = (code === 'ValueExpected' || code === 'PropertyNameExpected') && trailingComma(text, e.offset);
    if (lines.has(line) || (!trailing && ECHOES.has(code) && line - lastLine <= 3)) continue;
    const finding = describe(text, e);
    if (!finding) continue;
    lastLine = line;
    out.push(finding);
  }
  return out;
}
