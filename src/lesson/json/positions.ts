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

/** Each object node's properties by key, built on the first lookup: one pass per object, not one per lookup. */
const byKey = new WeakMap<Node, Map<string, Node>>();

/** The property node of `key` in an object node (the last one, as JSON.parse keeps the last). */
export function propertyNode(obj: Node, key: string): Node | undefined {
  let index = byKey.get(obj);
  if (!index) {
    index = new Map();
    for (const p of obj.children ?? []) {
      const k = p.children?.[0]?.value;
      if (typeof k === 'string') index.set(k, p);
    }
    byKey.set(obj, index);
  }
  return index.get(key);
}

/**
 * The innermost node that holds `offset` (a key's node for an offset in a key), with its path: a binary
 * search among each node's children, which the parser keeps in order, so a list of 100,000 items costs
 * 17 steps rather than 100,000.
 */
export function nodeAtOffset(root: Node, offset: number): { node: Node; path: JsonPath } | undefined {
  const inside = (n: Node) => n.offset <= offset && offset < n.offset + n.length;
  if (!inside(root)) return undefined;
  let node = root;
  const path: JsonPath = [];
  for (;;) {
    const children = node.children ?? [];
    let lo = 0;
    let hi = children.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = children[mid]!;
      if (offset < c.offset) hi = mid - 1;
      else if (offset >= c.offset + c.length) lo = mid + 1;
      else {
        found = mid;
        break;
      }
    }
    if (found < 0) return { node, path };
    const child = children[found]!;
    if (node.type === 'array') path.push(found);
    else if (node.type === 'property') {
      // The key itself: the path is the property's; in its value, the path goes on from there.
      if (found === 0) return { node: child, path };
    } else if (child.type === 'property') path.push(String(child.children?.[0]?.value));
    node = child;
  }
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
