import { quote, SHOWN_CHARS } from './describe.ts';

/** One thing wrong (or worth a look) in a lesson file, located in its source text. */
export interface Problem {
  /** 1-based line and column (UTF-16 units, as editors count) of the offending value in the source. */
  line: number;
  column: number;
  /** JSON path of a value that exists in the file, e.g. "steps[2].options[0].text"; "" is the whole file. */
  path: string;
  /** A sentence an author can act on: what is wrong, what was expected, "did you mean …". */
  message: string;
  severity: 'error' | 'warning';
  /** A stable name for the kind of problem ("unknown-key", "syntax", …), for tests and translations. */
  code: string;
}

export type Severity = Problem['severity'];
export type JsonPath = (string | number)[];

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `["steps", 2, "title"]` → `steps[2].title`; odd keys are quoted: `x["a b"]`, and long ones cut: `["xxx…"]`. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (seg.length <= SHOWN_CHARS && IDENT.test(seg)) out += out === '' ? seg : `.${seg}`;
    else out += `[${quote(seg)}]`;
  }
  return out;
}

/** The compiler convention: `lessons/x.json:12:5: error: steps[2].title: missing "en" text`. */
export function formatProblem(fileName: string, p: Problem): string {
  const where = p.path === '' ? '' : `${p.path}: `;
  return `${fileName}:${p.line}:${p.column}: ${p.severity}: ${where}${p.message}`;
}

export function byPosition(a: Problem, b: Problem): number {
  return a.line - b.line || a.column - b.column || (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1);
}
