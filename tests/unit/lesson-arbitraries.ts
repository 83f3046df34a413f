/** fast-check generators for lesson-shaped inputs: valid lessons, and valid lessons broken in small ways. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { lessonJsonSchema } from '../../src/lesson/json-schema.ts';
import { LESSONS, jsonFiles } from './lesson-helpers.ts';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Seg = string | number;

export const VALID_LESSONS: Json[] = jsonFiles(join(LESSONS, 'examples')).map((f) => JSON.parse(readFileSync(join(LESSONS, 'examples', f), 'utf8')) as Json);

/** Values that sit on the edges of the schema: limits, near-miss ids and types, hostile paths. */
const EDGES: Json[] = [
  0, -1, 1, 1.5, 2, 3, 5, 6, 8, 12, 60, 61, 100, 101, 366, 367, 1900, 2100, 2101, 1e9, -0.5,
  '', ' ', 'a', 'x', 'ko', 'en', 'fr', 'all', 'some', 'correct', 'wrong', 'middle', 'high', 'adult', 'adults', 'low',
  'narration', 'scene', 'quiz', 'footprint', 'branch', 'pledge', 'summary', 'quizz', 'single', 'multiple', 'truefalse', 'numeric',
  'tree', 'treee', 'models/tree.glb', 'models/tree.png', '../x.glb', '/abs.glb', '//host/x.glb', 'javascript:alert(1)', 'data:x',
  'images/a.png', 'audio/a.mp3', 'https://example.org/x', 'ftp://example.org', 'http://', '1.0', '1.0.0', 'v1', 'Intro', 'intro',
  'welcome', 'end', 'owid-travel', '#aabbcc', '#abc', 'park', 'forest', 'balloons', 'pre', 'post', 'verified', 'secondary',
  true, false, null, [], {}, [0, 0, 0], [1, 2], { ko: '가', en: 'a' }, { ko: '가' }, { en: '' }, { fr: 'x' }, ['ko', 'en'], ['middle'], ['adult', 'high'],
  'x'.repeat(2001),
];
/** Strings near the edge of each field's pattern, by property name. */
const STRING_EDGES: Record<string, string[]> = {
  url: ['https://example.org/x', 'http://a.b', 'ftp://example.org', 'http://', 'https://a b', 'mailto:x@y.z', 'https://'],
  model: ['tree', 'treee', 'models/a.glb', 'models/a.gltf', 'models/a.GLB', 'a.png', '../a.glb', 'a/../b.glb', '/a.glb', '//h/a.glb', 'javascript:a.glb', 'C:\\a.glb', 'a b.glb', '.glb'],
  src: ['images/a.png', 'images/a.jpeg', 'images/a.ktx2', 'audio/a.mp3', 'audio/a.ogg', 'a.gif', '../a.png', 'data:a.png', 'a\\b.png'],
  id: ['a', 'a-b_c', 'A', '-a', '_a', 'a b', 'a'.repeat(64), 'a'.repeat(65), '0', 'é'],
  color: ['#aabbcc', '#AABBCC', '#abc', 'aabbcc', '#aabbcg', 'red'],
  version: ['1.0', '1.0.0', '1', '1.0.0.0', 'v1.0', '10.20.30'],
  year: ['2020', '202', 'circa 1999'],
  $schema: ['', 'x', '../lesson.schema.json'],
};

/** Numbers just inside and outside every numeric bound the JSON Schema declares, by property name. */
function numericEdges(): Record<string, number[]> {
  const out: Record<string, Set<number>> = {};
  const visit = (node: unknown, key: string | undefined): void => {
    if (Array.isArray(node)) return node.forEach((n) => visit(n, key));
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (key) {
      for (const b of ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum']) {
        const v = o[b];
        if (typeof v === 'number' && Math.abs(v) < 1e6) for (const d of [-1, -0.5, 0, 0.5, 1]) (out[key] ??= new Set()).add(v + d);
      }
    }
    for (const [k, v] of Object.entries(o)) {
      if (k === 'properties' && v && typeof v === 'object') for (const [pk, pv] of Object.entries(v)) visit(pv, pk);
      else visit(v, k === 'items' || k === 'anyOf' || k === 'oneOf' || k === 'prefixItems' ? key : undefined);
    }
  };
  visit(lessonJsonSchema(), undefined);
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, [...v]]));
}
const NUMBER_EDGES = numericEdges();

const KEYS = ['id', 'type', 'kind', 'title', 'titel', 'body', 'text', 'next', 'options', 'correct', 'answer', 'ageBands', 'source', 'factor', 'unit', '$schema', 'extra', 'ko', 'en', 'jp', '__proto__', 'constructor'];

function paths(v: Json, at: Seg[] = [], out: Seg[][] = []): Seg[][] {
  out.push(at);
  if (Array.isArray(v)) v.forEach((c, i) => paths(c, [...at, i], out));
  else if (v && typeof v === 'object') for (const k of Object.keys(v)) paths(v[k]!, [...at, k], out);
  return out;
}

function parentOf(root: Json, path: Seg[]): Json {
  let v = root;
  for (const s of path.slice(0, -1)) v = (v as Record<Seg, Json>)[s]!;
  return v;
}

type Mutation = { at: number; kind: 'nudge' | 'replace' | 'delete' | 'add-key' | 'duplicate' | 'rename'; value: Json; key: string; pick: number };

/** A value for the leaf at `path` that sits on the edge of what its field accepts. */
function nudge(path: Seg[], current: Json, pick: number): Json {
  const key = [...path].reverse().find((p): p is string => typeof p === 'string') ?? '';
  const pool: Json[] = typeof current === 'number' ? (NUMBER_EDGES[key] ?? [current + 1, current - 1, current + 0.5]) : (STRING_EDGES[key] ?? EDGES);
  return structuredClone(pool[pick % pool.length]!);
}

function apply(root: Json, m: Mutation): Json {
  // A copy: the edge values are shared constants. Inserting one instance twice let a later 'add-key'
  // give an object itself as a value (a cycle: a stack overflow in `paths`), and changed the
  // constants for every later run.
  const value = structuredClone(m.value);
  const all = paths(root);
  const leaves = all.filter((p) => {
    const v = parentOf(root, [...p, 0]);
    return typeof v === 'number' || typeof v === 'string';
  });
  const path = m.kind === 'nudge' && leaves.length ? leaves[m.at % leaves.length]! : all[m.at % all.length]!;
  if (path.length === 0) return m.kind === 'replace' ? value : root;
  const parent = parentOf(root, path) as Record<Seg, Json> & Json[];
  const last = path[path.length - 1]!;
  const define = (o: Record<string, Json>, k: string, v: Json) => Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  switch (m.kind) {
    case 'nudge':
      parent[last] = nudge(path, parent[last]!, m.pick);
      break;
    case 'replace':
      parent[last] = value;
      break;
    case 'delete':
      if (Array.isArray(parent)) parent.splice(last as number, 1);
      else delete parent[last];
      break;
    case 'duplicate':
      if (Array.isArray(parent)) parent.splice(last as number, 0, structuredClone(parent[last as number]!));
      break;
    case 'add-key': {
      const target = parent[last];
      if (target && typeof target === 'object' && !Array.isArray(target)) define(target, m.key, value);
      break;
    }
    case 'rename':
      if (!Array.isArray(parent) && typeof last === 'string') {
        const v = parent[last]!;
        delete parent[last];
        define(parent, m.key, v);
      }
  }
  return root;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('nudge', 'nudge', 'nudge', 'replace', 'replace', 'delete', 'add-key', 'duplicate', 'rename'),
  pick: fc.nat(),
  value: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...EDGES) }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json> }),
  key: fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 8 })),
});

/** A valid example lesson with 0–4 small mutations, as a JSON value (fresh each time). */
export const mutatedLesson: fc.Arbitrary<Json> = fc
  .tuple(fc.constantFrom(...VALID_LESSONS), fc.array(mutation, { maxLength: 4 }))
  .map(([lesson, ms]) => JSON.parse(JSON.stringify(ms.reduce(apply, structuredClone(lesson)))) as Json);

/** Any JSON value, lesson-shaped or not. */
export const anyJson = fc.jsonValue({ maxDepth: 6 }) as fc.Arbitrary<Json>;

/** Follows a path printed by formatPath (`steps[2].title`, `x["a b"]`) through a value; false if it leads nowhere. */
export function pathExists(root: unknown, printed: string): boolean {
  let v = root;
  const re = /^(?:\.?([A-Za-z_$][A-Za-z0-9_$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\])/;
  for (let rest = printed; rest.length; ) {
    const m = re.exec(rest);
    if (!m) return false;
    rest = rest.slice(m[0].length);
    if (m[2] !== undefined) {
      if (!Array.isArray(v) || Number(m[2]) >= v.length) return false;
      v = v[Number(m[2])];
    } else {
      const key = m[1] ?? (JSON.parse(m[3]!) as string);
      if (typeof v !== 'object' || v === null || Array.isArray(v) || !Object.hasOwn(v, key)) return false;
      v = (v as Record<string, unknown>)[key];
    }
  }
  return true;
}
