import { LIMITS } from '../limits.ts';
import type { LoadOptions } from '../options.ts';
import type { JsonPath } from '../problem.ts';
import type { Reporter } from '../report.ts';
import { Lesson } from '../schema.ts';
import { forEachLocalized } from '../schema-walk.ts';
import { didYouMean } from '../suggest.ts';

export type JObj = Record<string, unknown>;

export const isObj = (v: unknown): v is JObj => typeof v === 'object' && v !== null && !Array.isArray(v);
export const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
export const finiteNumber = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

export interface StepInfo {
  index: number;
  path: JsonPath;
  step: JObj;
  id: string | undefined;
  type: string | undefined;
}

/**
 * What every semantic check gets: the lesson as parsed (and migrated), which may still break the schema
 * elsewhere, so checks read it defensively and only judge what they can read.
 */
export interface Ctx {
  lesson: JObj;
  steps: StepInfo[];
  /** Step id → its first step. */
  byId: Map<string, StepInfo>;
  /** The lesson's declared languages, when they can be read. */
  languages: string[] | undefined;
  rep: Reporter;
  options: LoadOptions;
  fileName: string | undefined;
  /** Every localized text of the lesson ({ "ko": …, "en": … } positions), found once for all checks. */
  texts(): readonly { path: JsonPath; value: unknown }[];
  /**
   * `; did you mean "…"?` among ids of the lesson, for the first LIMITS.maxProblems calls only: each call
   * reads every candidate, so 25,000 broken references to 25,000 steps would otherwise take minutes, and
   * only the first problems are shown.
   */
  didYouMean(word: string, candidates: Iterable<string>): string;
}

export function makeCtx(lesson: JObj, rep: Reporter, options: LoadOptions, fileName: string | undefined): Ctx {
  const steps: StepInfo[] = [];
  arr(lesson.steps).forEach((step, index) => {
    if (isObj(step)) steps.push({ index, path: ['steps', index], step, id: str(step.id), type: str(step.type) });
  });
  const byId = new Map<string, StepInfo>();
  for (const s of steps) if (s.id !== undefined && !byId.has(s.id)) byId.set(s.id, s);
  const langs = arr(lesson.languages).filter((l): l is string => typeof l === 'string');
  let texts: { path: JsonPath; value: unknown }[] | undefined;
  const found = () => {
    if (texts) return texts;
    const list: { path: JsonPath; value: unknown }[] = [];
    forEachLocalized(Lesson, lesson, (path, value) => list.push({ path, value }));
    return (texts = list);
  };
  let suggestions = 0;
  const suggest = (word: string, candidates: Iterable<string>) => (suggestions++ < LIMITS.maxProblems ? didYouMean(word, candidates) : '');
  return { lesson, steps, byId, languages: langs.length ? langs : undefined, rep, options, fileName, texts: found, didYouMean: suggest };
}

/** The lists of things with ids inside a step: options, hotspots, pledge parts. */
export function idLists(s: StepInfo): { key: JsonPath; items: unknown[]; noun: string }[] {
  const out: { key: JsonPath; items: unknown[]; noun: string }[] = [];
  // Every list of things with ids in a step (options, hotspots, a sort step's bins and items, …).
  for (const [key, list] of Object.entries(s.step)) {
    if (Array.isArray(list) && list.some((x) => isObj(x) && 'id' in x)) out.push({ key: [key], items: list, noun: key.replace(/s$/, '') });
  }
  const compose = s.step.compose;
  if (isObj(compose)) {
    if (Array.isArray(compose.actions)) out.push({ key: ['compose', 'actions'], items: compose.actions, noun: 'action' });
    if (Array.isArray(compose.times)) out.push({ key: ['compose', 'times'], items: compose.times, noun: 'time' });
  }
  return out;
}
