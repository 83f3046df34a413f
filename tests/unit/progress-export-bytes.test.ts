import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportOutputs, type Outputs } from '../fixtures/progress/export-outputs.ts';

/**
 * The exports read the log itself now; before, whole-class and one-lesson exports came from export
 * caches (database versions 4 and 5). Every export of every database fixture and of a generated
 * class must be byte for byte what that code made: export-expectations.json holds its sha256 and
 * length of each (tests/fixtures/progress/make-export-expectations.ts, run on the code with caches).
 */
const expected = JSON.parse(readFileSync(new URL('../fixtures/progress/export-expectations.json', import.meta.url), 'utf8')) as Outputs;

describe('exports', () => {
  it('are byte for byte the ones made before the export caches were removed: native and xAPI (two home pages), whole class and per lesson, of db-v1…v5 and a class of 30 × 5', async () => {
    const outputs = await exportOutputs();
    expect(Object.keys(outputs).sort()).toEqual(Object.keys(expected).sort());
    // Lengths first: a difference there says more than two hashes do.
    for (const [key, want] of Object.entries(expected)) expect(outputs[key]!.bytes, key).toBe(want.bytes);
    for (const [key, want] of Object.entries(expected)) expect(outputs[key]!.sha256, key).toBe(want.sha256);
    // Not trivially empty: the class's whole xAPI export is megabytes.
    expect(Math.max(...Object.values(outputs).map((o) => o.bytes))).toBeGreaterThan(2_000_000);
  });
});
