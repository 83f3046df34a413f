import { createScanner } from 'jsonc-parser';
import { short } from '../describe.ts';
import { LIMITS } from '../limits.ts';
import { FORBIDDEN_KEYS } from './value.ts';

// jsonc-parser's SyntaxKind is a const enum, which isolatedModules cannot read: its values, copied.
const OPEN_BRACE = 1, CLOSE_BRACE = 2, OPEN_BRACKET = 3, CLOSE_BRACKET = 4, COLON = 6, STRING = 10, NUMBER = 11, EOF = 17;

export interface ScanFinding {
  offset: number;
  code: string;
  message: string;
}

export interface ScanResult {
  /** Nesting beyond LIMITS.maxDepth: the file is not parsed (the parser recurses). */
  tooDeep: boolean;
  findings: ScanFinding[];
  /** A repeated or forbidden key somewhere: the value must be built from the tree, which reports them. */
  keyTrouble: boolean;
}

const closerOf = { '{': '}', '[': ']' } as const;

/**
 * One flat pass over the tokens before parsing (no recursion, so any input is safe): nesting depth,
 * strings over the length limit, numbers too large for a double (1e400 would read as Infinity), and
 * brackets that do not pair up, located at the bracket.
 */
export function scan(text: string, at: (offset: number) => string): ScanResult {
  const scanner = createScanner(text, true);
  const stack: { ch: '{' | '['; offset: number; keys?: Set<string> }[] = [];
  const findings: ScanFinding[] = [];
  let keyTrouble = false;
  let prev = 0;
  let prevValue = '';
  let prevOffset = -1;
  for (let kind = scanner.scan(); kind !== EOF; prev = kind, kind = scanner.scan()) {
    const offset = scanner.getTokenOffset();
    if (kind === OPEN_BRACE || kind === OPEN_BRACKET) {
      stack.push(kind === OPEN_BRACE ? { ch: '{', offset, keys: new Set() } : { ch: '[', offset });
      if (stack.length > LIMITS.maxDepth) {
        const message = `nesting is deeper than ${LIMITS.maxDepth} levels here; a lesson needs fewer than 10, so the file is not read further`;
        return { tooDeep: true, findings: [{ offset, code: 'too-deep', message }], keyTrouble };
      }
    } else if (kind === COLON && prev === STRING) {
      const last = findings[findings.length - 1];
      if (last?.code === 'too-long' && last.offset === prevOffset) last.message = last.message.replace(/^this string/, 'this key');
      const keys = stack[stack.length - 1]?.keys;
      if (keys && (keys.has(prevValue) || FORBIDDEN_KEYS.has(prevValue))) keyTrouble = true;
      keys?.add(prevValue);
    } else if (kind === CLOSE_BRACE || kind === CLOSE_BRACKET) {
      const ch = kind === CLOSE_BRACE ? '}' : ']';
      const open = stack.pop();
      if (!open) {
        findings.push({ offset, code: 'syntax', message: `this "${ch}" closes nothing: remove it` });
      } else if (closerOf[open.ch] !== ch) {
        const message = `expected "${closerOf[open.ch]}" to close the "${open.ch}" at ${at(open.offset)}, found "${ch}"`;
        findings.push({ offset, code: 'syntax', message });
      }
    } else if (kind === NUMBER) {
      const literal = scanner.getTokenValue();
      if (Math.abs(Number(literal)) !== Infinity) continue;
      const message = `the number ${short(literal, 24)} is too large to be represented (the limit is about ±1.8e308): write a smaller number`;
      findings.push({ offset, code: 'number-too-large', message });
    } else if (kind === STRING) {
      prevOffset = offset;
      prevValue = scanner.getTokenValue();
      if (prevValue.length <= LIMITS.maxStringLength) continue;
      const message = `this string is ${prevValue.length.toLocaleString('en')} characters long; strings in a lesson may be at most ${LIMITS.maxStringLength.toLocaleString('en')}`;
      findings.push({ offset, code: 'too-long', message });
    }
  }
  // After a mismatched closer, the opener it closed by mistake is left over: an echo, not a second mistake.
  if (findings.some((f) => f.code === 'syntax')) return { tooDeep: false, findings, keyTrouble };
  for (const open of stack.reverse()) {
    findings.push({ offset: open.offset, code: 'syntax', message: `this "${open.ch}" is never closed: add "${closerOf[open.ch]}" where it should end` });
  }
  return { tooDeep: false, findings, keyTrouble };
}
