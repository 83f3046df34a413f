import type { JsonPath } from '../problem.ts';

export type Json = Record<string, unknown>;

/** One step of the lesson format: format n to n + 1. */
export interface Migration {
  /** What changed, for the author guide. */
  summary: string;
  /** Returns the lesson in the next format. `renamed` records where a moved value came from. */
  up(lesson: Json, renamed: (now: JsonPath, before: JsonPath) => void): Json;
}
