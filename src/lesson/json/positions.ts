import type { Node } from 'jsonc-parser';
import type { JsonPath } from '../problem.ts';

/** Turns offsets into 1-based line and column (UTF-16 units, like editors); lines end at \n, \r\n or \r. */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }
  at(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }
}

/** The value node of property `key` of an object node (the last one, as JSON.parse keeps the last). */
export function propertyNode(obj: Node, key: string): Node | undefined {
  const props = obj.children ?? [];
  for (let i = props.length - 1; i >= 0; i--) {
    const p = props[i]!;
    if (p.children?.[0]?.value === key) return p;
  }
  return undefined;
}

/** The deepest node along `path` that exists in the file, and the path that reaches it. */
export function deepestNode(root: Node, path: JsonPath): { node: Node; path: JsonPath } {
  let node = root;
  const found: JsonPath = [];
  for (const seg of path) {
    let next: Node | undefined;
    if (node.type === 'object' && typeof seg === 'string') next = propertyNode(node, seg)?.children?.[1];
    else if (node.type === 'array' && typeof seg === 'number') next = node.children?.[seg];
    if (!next) break;
    node = next;
    found.push(seg);
  }
  return { node, path: found };
}

/** The key node (`"titel"` in `"titel": …`) of a property, for problems about the key itself. */
export function keyNode(root: Node, path: JsonPath, key: string): Node | undefined {
  const { node, path: found } = deepestNode(root, path);
  if (found.length !== path.length || node.type !== 'object') return undefined;
  return propertyNode(node, key)?.children?.[0];
}
