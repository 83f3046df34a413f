/**
 * Reading the zod schemas as data: which schema governs a path of a (possibly invalid) lesson, which keys
 * an object takes, and where the localized texts are. Relies on zod 4's `_zod.def` and `_zod.parent`.
 */
import { globalRegistry, type z } from 'zod';
import { Localized } from './common.ts';
import type { JsonPath } from './problem.ts';

export type Schema = z.core.$ZodType;

interface Def {
  type: string;
  shape?: Record<string, Schema>;
  element?: Schema;
  items?: Schema[];
  options?: Schema[];
  discriminator?: string;
  innerType?: Schema;
  in?: Schema;
  entries?: Record<string, string | number>;
  values?: unknown[];
  format?: string;
}

const def = (s: Schema): Def => s._zod.def as unknown as Def;
const WRAPPERS = new Set(['optional', 'default', 'prefault', 'nullable', 'readonly', 'catch', 'nonoptional']);

const unwrapped = new WeakMap<Schema, Schema>();
const localized = new WeakMap<Schema, boolean>();

/** The schema under optional/default/pipe wrappers. */
export function unwrap(s: Schema): Schema {
  let u = unwrapped.get(s);
  if (!u) unwrapped.set(s, (u = unwrapOnce(s)));
  return u;
}

function unwrapOnce(s: Schema): Schema {
  for (let d = def(s); ; d = def(s)) {
    if (WRAPPERS.has(d.type) && d.innerType) s = d.innerType;
    else if (d.type === 'pipe' && d.in) s = d.in;
    else return s;
  }
}

export function kind(s: Schema): string {
  return def(unwrap(s)).type;
}

/** Is this a localized text `{ "ko": …, "en": … }` (or a described copy of one)? */
export function isLocalized(s: Schema): boolean {
  let known = localized.get(s);
  if (known === undefined) localized.set(s, (known = isLocalizedOnce(s)));
  return known;
}

function isLocalizedOnce(s: Schema): boolean {
  for (let t: Schema | undefined = unwrap(s); t; t = (t._zod as { parent?: Schema }).parent) if (t === Localized) return true;
  return false;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The option of a union that governs `value`: by discriminator, else the first object option with all its keys. */
export function unionOption(s: Schema, value: unknown): Schema | undefined {
  const d = def(s);
  const options = d.options ?? [];
  if (!isObj(value)) return undefined;
  if (d.discriminator) {
    const tag = value[d.discriminator];
    const opt = options.find((o) => (o._zod as { propValues?: Record<string, Set<unknown>> }).propValues?.[d.discriminator!]?.has(tag));
    return opt && kind(opt) === 'union' ? unionOption(unwrap(opt), value) : opt;
  }
  const keys = Object.keys(value);
  return options.find((o) => kind(o) === 'object' && keys.every((k) => k in (def(unwrap(o)).shape ?? {})));
}

/** The schema of `seg` inside a value governed by `s` (the value itself picks a union's option). */
export function child(s: Schema, value: unknown, seg: string | number): Schema | undefined {
  let u = unwrap(s);
  if (def(u).type === 'union') {
    const opt = unionOption(u, value);
    if (!opt) return undefined;
    u = unwrap(opt);
  }
  const d = def(u);
  if (d.type === 'object' && typeof seg === 'string') return Object.hasOwn(d.shape ?? {}, seg) ? d.shape![seg] : undefined;
  if (d.type === 'array' && typeof seg === 'number') return d.element;
  if (d.type === 'tuple' && typeof seg === 'number') return d.items?.[seg];
  return undefined;
}

export function valueAt(data: unknown, path: JsonPath): unknown {
  let v = data;
  for (const seg of path) {
    if (Array.isArray(v) && typeof seg === 'number') v = v[seg];
    else if (isObj(v) && typeof seg === 'string' && Object.hasOwn(v, seg)) v = v[seg];
    else return undefined;
  }
  return v;
}

/** The schema governing `path` in `data`, or undefined where the data leaves the schema. */
export function schemaAt(root: Schema, data: unknown, path: JsonPath): Schema | undefined {
  let s: Schema | undefined = root;
  let v = data;
  for (const seg of path) {
    if (!s) return undefined;
    s = child(s, v, seg);
    v = valueAt(v, [seg]);
  }
  return s;
}

/** The keys an object governed by `s` takes (for a union without a match: the keys of every option). */
export function objectKeys(s: Schema, value: unknown): string[] {
  const u = unwrap(s);
  const d = def(u);
  if (d.type === 'object') return Object.keys(d.shape ?? {});
  if (d.type !== 'union') return [];
  const opt = unionOption(u, value);
  if (opt) return objectKeys(opt, value);
  return [...new Set((d.options ?? []).flatMap((o) => objectKeys(o, value)))];
}

/** The values an enum or literal accepts, as JSON-able values; [] for other schemas. */
export function literalValues(s: Schema): unknown[] {
  const d = def(unwrap(s));
  if (d.type === 'enum') return Object.values(d.entries ?? {});
  if (d.type === 'literal') return d.values ?? [];
  if (d.type === 'union') return (d.options ?? []).flatMap(literalValues);
  return [];
}

/** What a value governed by `s` should look like, in words. */
export function expected(s: Schema): string {
  if (isLocalized(s)) return 'a text { "ko": "…", "en": "…" }';
  const id = schemaId(s);
  if (id === 'Id' || id === 'StepRef' || id === 'SourceRef') return 'an id such as "intro": lowercase letters, digits, "-" and "_"';
  const u = unwrap(s);
  const d = def(u);
  switch (d.type) {
    case 'string': return 'a string';
    case 'number': return d.format === 'safeint' || d.format === 'int32' ? 'a whole number' : 'a number';
    case 'boolean': return 'true or false';
    case 'object': return 'an object { … }';
    case 'array': return 'a list [ … ]';
    case 'tuple': return `a list of ${d.items?.length ?? 0} numbers`;
    case 'enum':
    case 'literal': {
      const values = literalValues(u).map((v) => JSON.stringify(v));
      return values.length === 1 ? values[0]! : `one of ${values.join(', ')}`;
    }
    case 'union': return [...new Set((d.options ?? []).map(expected))].join(' or ');
    default: return 'a value';
  }
}

/** Calls `visit` for every value present in a localized-text position, with its path. */
export function forEachLocalized(root: Schema, data: unknown, visit: (path: JsonPath, value: unknown) => void): void {
  const path: JsonPath = [];
  const walk = (s: Schema, v: unknown): void => {
    if (isLocalized(s)) return visit([...path], v);
    let u = unwrap(s);
    if (def(u).type === 'union') {
      const opt = unionOption(u, v);
      if (!opt) return;
      // A plain string or a text per language (a source's publisher): the value picks which.
      if (isLocalized(opt)) return visit([...path], v);
      u = unwrap(opt);
    }
    const d = def(u);
    if (d.type === 'object' && isObj(v)) {
      for (const k in v) {
        const cs = d.shape?.[k];
        if (!cs || !Object.hasOwn(d.shape!, k)) continue;
        path.push(k);
        walk(cs, v[k]);
        path.pop();
      }
    } else if (d.type === 'array' && Array.isArray(v) && d.element) {
      for (let i = 0; i < v.length; i++) {
        path.push(i);
        walk(d.element, v[i]);
        path.pop();
      }
    }
  };
  walk(root, data);
}

/** Is this (or an option of this union) a path to a file under assets/? */
export function isAssetPath(s: Schema): boolean {
  const u = unwrap(s);
  if (def(u).type === 'union') return (def(u).options ?? []).some(isAssetPath);
  return ['AssetPath', 'ModelPath', 'ImagePath', 'AudioPath'].includes(schemaId(u) ?? '');
}

/** The `.meta({ id })` name of a schema or of the schema it was derived from ("Localized", "AssetPath", …). */
export function schemaId(s: Schema): string | undefined {
  for (let t: Schema | undefined = unwrap(s); t; t = (t._zod as { parent?: Schema }).parent) {
    const id = (globalRegistry.get(t) as { id?: string } | undefined)?.id;
    if (id) return id;
  }
  return undefined;
}
