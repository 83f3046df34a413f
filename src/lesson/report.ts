import { findNodeAtOffset, getNodePath, parseTree, type Node } from 'jsonc-parser';
import { deepestNode, keyNode, LineIndex } from './json/positions.ts';
import { formatPath, type JsonPath, type Problem, type Severity } from './problem.ts';

/** Maps a path in the (migrated) lesson back to the path it came from in the file. */
export type ToSource = (path: JsonPath) => JsonPath;

/**
 * Collects problems, locating each at a node that exists in the source. Positions cost a syntax tree and
 * a line index: both are built only when the first problem needs them, so a valid lesson never pays.
 */
export class Reporter {
  readonly problems: Problem[] = [];
  private readonly seen = new Set<string>();
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
    const { line, column } = this.lines.at(offset);
    const key = `${line}:${column}:${path}:${message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.problems.push({ line, column, path, message, severity, code });
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
    const node = root && findNodeAtOffset(root, offset, true);
    this.atOffset(offset, code, message, severity, node ? formatPath(getNodePath(node)) : '');
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
    const p = formatPath(this.toSource(path));
    return this.problems.some((x) => x.path === p && (code === undefined ? x.severity === 'error' : x.code === code));
  }

  /** Has any problem of this code been reported? */
  any(code: string): boolean {
    return this.problems.some((x) => x.code === code);
  }

  get errorCount(): number {
    return this.problems.filter((p) => p.severity === 'error').length;
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
