import type { Node } from 'jsonc-parser';
import type { JsonPath } from '../problem.ts';
import { quote } from '../describe.ts';

/** Keys that could change how JavaScript objects behave if a file smuggled them in. */
export const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface KeyFinding {
  /** The key's node, for its position. */
  node: Node;
  /** The path of the property the key belongs to. */
  path: JsonPath;
  code: 'forbidden-key' | 'duplicate-key';
  message: string;
}

/**
 * The plain value of a parsed tree (the tree is known to be free of syntax errors and shallow). Keys
 * from FORBIDDEN_KEYS are left out and reported; a repeated key is reported and, as in JSON.parse, the
 * last one wins.
 */
export function buildValue(root: Node, at: (offset: number) => string): { value: unknown; findings: KeyFinding[] } {
  const findings: KeyFinding[] = [];
  const build = (node: Node, path: JsonPath): unknown => {
    if (node.type === 'array') return (node.children ?? []).map((c, i) => build(c, [...path, i]));
    if (node.type !== 'object') return node.value;
    const out: Record<string, unknown> = {};
    const first = new Map<string, Node>();
    for (const prop of node.children ?? []) {
      const [keyNode, valueNode] = prop.children ?? [];
      if (!keyNode || !valueNode) continue;
      const key = String(keyNode.value);
      if (FORBIDDEN_KEYS.has(key)) {
        findings.push({ node: keyNode, path: [...path, key], code: 'forbidden-key', message: `${quote(key)} is not allowed as a key: it could change how the app's objects behave; remove it` });
        continue;
      }
      const earlier = first.get(key);
      if (earlier) {
        findings.push({ node: keyNode, path: [...path, key], code: 'duplicate-key', message: `${quote(key)} appears twice in this object (first at ${at(earlier.offset)}); JSON keeps only the last: remove one` });
      } else first.set(key, keyNode);
      out[key] = build(valueNode, [...path, key]);
    }
    return out;
  };
  return { value: build(root, []), findings };
}
