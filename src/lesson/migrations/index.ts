/**
 * Numbered migrations of the lesson format: MIGRATIONS[n] turns format n into format n + 1. A migration is
 * frozen once released (it must keep reading the files of its day); old-format fixtures in
 * tests/fixtures/lessons/old/ prove each one.
 */
import type { JsonPath } from '../problem.ts';
import type { ToSource } from '../report.ts';
import { FORMAT_VERSION } from '../schema.ts';
import { v0ToV1 } from './v0-to-v1.ts';

import type { Json, Migration } from './types.ts';

export type { Json, Migration };

export const MIGRATIONS: readonly Migration[] = [v0ToV1];

function startsWith(path: JsonPath, prefix: JsonPath): boolean {
  return prefix.length <= path.length && prefix.every((s, i) => path[i] === s);
}

/** Migrates a lesson from format `from` to the current one, and maps paths back to the file. */
export function migrate(lesson: Json, from: number): { lesson: Json; toSource: ToSource } {
  const steps: [JsonPath, JsonPath][][] = [];
  let out = structuredClone(lesson);
  for (let v = from; v < FORMAT_VERSION; v++) {
    const renames: [JsonPath, JsonPath][] = [];
    out = MIGRATIONS[v]!.up(out, (now, before) => renames.push([now, before]));
    steps.push(renames);
  }
  const toSource: ToSource = (path) => {
    for (let i = steps.length - 1; i >= 0; i--) {
      const hit = steps[i]!.find(([now]) => startsWith(path, now));
      if (hit) path = [...hit[1], ...path.slice(hit[0].length)];
    }
    return path;
  };
  return { lesson: out, toSource };
}
