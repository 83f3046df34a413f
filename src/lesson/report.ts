import { parseTree, type Node } from 'jsonc-parser';
import { deepestNode, keyNode, LineIndex, nodeAtOffset } from './json/positions.ts';
import { formatPath, type JsonPath, type Problem, type Severity } from './problem.ts';

/** Maps a path in the (migrated) lesson back to the path it came from in the file. */
export type ToSource = (path: JsonPath) => JsonPath;

/**
 * Collects problems, locating each at a node that exists in the source. Positions cost a syntax tree and
 * a line index: both are built only when the first problem needs them, so a valid lesson never pays.
 * Every lookup is indexed (a hostile file may hold 100,000 problems), and a spot claimed by a problem
 * that explains it (a string too long, a number too large) gets no second problem.
 */
export class Reporter {
  readonly problems: Problem[] = [];
  private readonly seen = new Set<string>();
  /** Source path → the codes of the problems reported there, and whether one is an error, for `has`. */
  private readonly byPath = new Map<string, { codes: Set<string>; error: boolean }>();
  private readonly codes = new Set<string>();
  private errors = 0;
  /** Offsets where a problem stands that says all there is to say about the value there. */
  private readonly claimed = new Set<number>();
  private tree: Node | undefined;
  private lineIndex: LineIndex | undefined;
  /** Set once the text is known to parse: problems are then located by path. */
  parsed = false;
  toSource: ToSource = (p) => p;

  constructor(private readonly text: string) {}

  private get lines(): LineIndex {
    return (this.lineIndex ??= new LineIndex(this.text));
  }

  /** The syntax tree of a text that parses, for positions; undefined before that is known. */
  get root(): Node | undefined {
    if (!this.parsed) return undefined;
    return (this.tree ??= parseTree(this.text, [], { disallowComments: true }));
  }

  set root(node: Node | undefined) {
    this.tree = node;
    this.parsed = node !== undefined;
  }

  atOffset(offset: number, code: string, message: string, severity: Severity = 'error', path = ''): void {
    if (this.claimed.has(offset)) return;
    const { line, column } = this.lines.at(offset);
    const key = `${line}:${column}:${path}:${message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const problem: Problem = { line, column, path, message, severity, code };
    this.problems.push(problem);
    let here = this.byPath.get(path);
    if (!here) this.byPath.set(path, (here = { codes: new Set(), error: false }));
    here.codes.add(code);
    here.error ||= severity === 'error';
    this.codes.add(code);
    if (severity === 'error') this.errors++;
  }

  /** A problem that is the whole story of the value at `offset`: later ones there would only echo it. */
  claim(offset: number, code: string, message: string): void {
    this.atOffsetInTree(offset, code, message);
    this.claimed.add(offset);
  }

  /** At the value at `path`, or the deepest part of it that the file has. */
  at(path: JsonPath, code: string, message: string, severity: Severity = 'error'): void {
    const root = this.root;
    if (!root) return this.atOffset(0, code, message, severity);
    const found = deepestNode(root, this.toSource(path));
    this.atOffset(found.node.offset, code, message, severity, formatPath(found.path));
  }

  /** At an offset, with the path of the value there when the text parses. */
  atOffsetInTree(offset: number, code: string, message: string, severity: Severity = 'error'): void {
    const root = this.root;
    const found = root && nodeAtOffset(root, offset);
    this.atOffset(offset, code, message, severity, found ? formatPath(found.path) : '');
  }

  /** At the key `key` of the object at `path` (for a problem with the key itself). */
  atKey(path: JsonPath, key: string, code: string, message: string, severity: Severity = 'error'): void {
    const source = this.toSource([...path, key]);
    const k = this.root && keyNode(this.root, source.slice(0, -1), String(source[source.length - 1]));
    if (!k) return this.at(path, code, message, severity);
    this.atOffset(k.offset, code, message, severity, formatPath(source));
  }

  /** Is there already a problem (of this code, or any error) at exactly this (source) path? */
  has(path: JsonPath, code?: string): boolean {
    const here = this.byPath.get(formatPath(this.toSource(path)));
    return here !== undefined && (code === undefined ? here.error : here.codes.has(code));
  }

  /** Has any problem of this code been reported? */
  any(code: string): boolean {
    return this.codes.has(code);
  }

  get errorCount(): number {
    return this.errors;
  }

  lineOf(offset: number): number {
    return this.lines.at(offset).line;
  }

  /** Formatted position of an offset, for messages that point elsewhere ("first at 3:5"). */
  where(offset: number): string {
    const { line, column } = this.lines.at(offset);
    return `${line}:${column}`;
  }

  /** Formatted position of a path, for messages that point elsewhere. */
  whereIs(path: JsonPath): string {
    const root = this.root;
    if (!root) return '1:1';
    return this.where(deepestNode(root, this.toSource(path)).node.offset);
  }
}
