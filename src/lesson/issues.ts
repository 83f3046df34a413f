/** zod's issues as located sentences: what is wrong, what was expected, and "did you mean …". */
import { globalRegistry, type z } from 'zod';
import { assetPathReason, describeValue, plural, quote } from './describe.ts';
import type { JsonPath } from './problem.ts';
import type { Reporter } from './report.ts';
import { Localized } from './common.ts';
import { expected, isAssetPath, isLocalized, literalValues, objectKeys, schemaAt, unwrap, valueAt, type Schema } from './schema-walk.ts';
import { didYouMean, listOf } from './suggest.ts';

type Issue = z.core.$ZodIssue;
interface Flat {
  issue: Issue | { code: 'union_mismatch'; path: PropertyKey[]; message: string };
  path: JsonPath;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const toPath = (p: readonly PropertyKey[]): JsonPath => p.map((s) => (typeof s === 'number' ? s : String(s)));
const DISCRIMINATORS: Record<string, string> = { type: 'step type', kind: 'quiz kind' };

/** Unions without a discriminator report every option's failures: keep the option that came closest. */
function flatten(issues: readonly Issue[], prefix: JsonPath, out: Flat[]): Flat[] {
  for (const issue of issues) {
    const path = [...prefix, ...toPath(issue.path)];
    if (issue.code !== 'invalid_union' || issue.errors.length === 0) {
      out.push({ issue, path });
      continue;
    }
    const scalar = issue.errors.every((e) => e.length === 1 && e[0]!.path.length === 0);
    if (scalar) {
      out.push({ issue: { code: 'union_mismatch', path: issue.path, message: '' }, path });
      continue;
    }
    const best = [...issue.errors].sort((a, b) => a.length - b.length)[0]!;
    flatten(best, path, out);
  }
  return out;
}

function description(s: Schema | undefined): string {
  const d = s && (globalRegistry.get(s) as { description?: string } | undefined)?.description;
  return d && unwrap(s!) !== Localized ? `: ${d.replace(/\.$/, '').replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase())}` : '';
}

export function reportSchemaIssues(issues: readonly Issue[], root: Schema, data: unknown, rep: Reporter): void {
  const flat = flatten(issues, [], []);
  const suggested = new Map<string, Set<string>>();

  for (const { issue, path } of flat) {
    if (issue.code !== 'unrecognized_keys') continue;
    const s = schemaAt(root, data, path);
    const allowed = s ? objectKeys(s, valueAt(data, path)) : [];
    const expectedKeys = allowed.length ? `; expected ${listOf(allowed)}` : ''; // once: an object may hold 100,000 unknown keys
    for (const key of issue.keys) {
      const hint = didYouMean(key, allowed);
      const m = /"([^"]+)"\?$/.exec(hint);
      if (m) suggested.set(JSON.stringify(path), (suggested.get(JSON.stringify(path)) ?? new Set()).add(m[1]!));
      const what = s && isLocalized(s) ? `unknown language ${quote(key)}` : `unknown key ${quote(key)}`;
      const rest = hint || expectedKeys;
      rep.atKey(path, key, 'unknown-key', what + rest);
    }
  }

  for (const { issue, path } of flat) {
    if (issue.code === 'unrecognized_keys') continue;
    if (rep.has(path, 'too-long')) continue; // already refused as too long before parsing
    const value = valueAt(data, path);
    const parentPath = path.slice(0, -1);
    const key = path[path.length - 1];
    const parent = valueAt(data, parentPath);
    const missing = typeof key === 'string' && isObj(parent) && !Object.hasOwn(parent, key);
    const s = schemaAt(root, data, path);

    if (missing) {
      if (suggested.get(JSON.stringify(parentPath))?.has(key)) continue;
      const disc = issue.code === 'invalid_union' ? DISCRIMINATORS[key] : undefined;
      const want = disc && issue.code === 'invalid_union' && 'options' in issue ? `one of ${listOf((issue.options as unknown[]).map(String))}` : s ? expected(s) : 'a value';
      rep.at(parentPath, 'missing-key', `missing "${key}" (${want}${description(s)})`);
      continue;
    }
    rep.at(path, issueCode(issue.code), message(issue, value, s));
  }
}

function issueCode(code: string): string {
  return code === 'invalid_union' ? 'unknown-type' : code.replace(/_/g, '-');
}

function message(issue: Flat['issue'], value: unknown, s: Schema | undefined): string {
  const found = `found ${describeValue(value)}`;
  switch (issue.code) {
    case 'union_mismatch': {
      const values = s ? literalValues(s).filter((v): v is string => typeof v === 'string') : [];
      const hint = typeof value === 'string' ? didYouMean(value, values) : '';
      return `expected ${s ? expected(s) : 'another value'}, ${found}${hint}`;
    }
    case 'invalid_union': {
      const what = DISCRIMINATORS[String(issue.path[issue.path.length - 1])] ?? 'value';
      const options = 'options' in issue ? (issue.options as unknown[]).map(String) : [];
      const hint = typeof value === 'string' ? didYouMean(value, options) : '';
      return `unknown ${what} ${describeValue(value)}: expected ${listOf(options)}${hint}`;
    }
    case 'invalid_type':
      return `expected ${s ? expected(s) : issue.expected}, ${found}`;
    case 'invalid_value': {
      const options = issue.values.map((v) => JSON.stringify(v));
      const hint = typeof value === 'string' ? didYouMean(value, issue.values.filter((v): v is string => typeof v === 'string')) : '';
      return `expected ${options.length === 1 ? options[0] : `one of ${options.join(', ')}`}, ${found}${hint}`;
    }
    case 'invalid_format': {
      const reason = s && typeof value === 'string' && isAssetPath(s) ? assetPathReason(value) : undefined;
      const values = s ? literalValues(s).filter((v): v is string => typeof v === 'string') : [];
      const hint = typeof value === 'string' ? didYouMean(value, values) : '';
      return reason ? `${describeValue(value)}: ${reason}` : `expected ${issue.message}, ${found}${hint}`;
    }
    case 'too_small':
    case 'too_big':
      return sizeMessage(issue, value);
    default:
      return issue.message;
  }
}

function sizeMessage(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig, value: unknown): string {
  const small = issue.code === 'too_small';
  const limit = Number(small ? (issue as z.core.$ZodIssueTooSmall).minimum : (issue as z.core.$ZodIssueTooBig).maximum);
  const inclusive = issue.inclusive !== false;
  if (issue.origin === 'string' && typeof value === 'string') {
    return small ? (limit <= 1 ? 'this text is empty: write something, or leave the key out' : `too short: at least ${plural(limit, 'character')}`)
      : `too long: ${plural(value.length, 'character')}; at most ${limit.toLocaleString('en')}`;
  }
  if (issue.origin === 'array' && Array.isArray(value)) {
    return small ? `needs at least ${plural(limit, 'item')}, has ${value.length}` : `has ${plural(value.length, 'item')}; at most ${limit.toLocaleString('en')}`;
  }
  const bound = small ? (inclusive ? 'at least' : 'more than') : inclusive ? 'at most' : 'less than';
  return `must be ${bound} ${limit}, found ${describeValue(value)}`;
}
