/** Whatever the input, the loader answers with located problems whose paths exist in that input. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadLesson } from '../../src/lesson/load.ts';
import { anyJson, mutatedLesson, pathExists, VALID_LESSONS } from './lesson-arbitraries.ts';
import { problemsOf } from './lesson-helpers.ts';

/** Loads `text`, and checks what every answer must satisfy, returning the problems. */
function check(text: string): void {
  const r = loadLesson(text, 'prop.json');
  const problems = problemsOf(r);
  let parsed: unknown;
  let parses = true;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    parses = false;
  }
  for (const p of problems) {
    if (p.code === 'internal') expect.fail(`the checker failed: ${p.message}\n${text.slice(0, 500)}`);
    expect(p.line).toBeGreaterThanOrEqual(1);
    expect(p.column).toBeGreaterThanOrEqual(1);
    expect(p.message.length).toBeGreaterThan(0);
    if (!parses) expect(p.path).toBe('');
    else if (!pathExists(parsed, p.path)) expect.fail(`reported path ${p.path} is not in the input (${p.message})\n${text.slice(0, 500)}`);
  }
  if (!r.ok) expect(problems.some((p) => p.severity === 'error')).toBe(true);
}

describe('lesson loader on any input', () => {
  it('never throws on random JSON, and every reported path exists in it', () => {
    fc.assert(
      fc.property(anyJson, (v) => {
        check(JSON.stringify(v));
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  it('never throws on mutated valid lessons, and every reported path exists in them', () => {
    fc.assert(
      fc.property(mutatedLesson, fc.boolean(), (v, pretty) => {
        check(JSON.stringify(v, null, pretty ? 2 : undefined));
      }),
      { numRuns: 1500 },
    );
  }, 60_000);

  it('never throws on random edits of a lesson text (syntax errors anywhere)', () => {
    const texts = VALID_LESSONS.map((l) => JSON.stringify(l, null, 2));
    const edit = fc.record({ at: fc.nat(), cut: fc.nat({ max: 6 }), insert: fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom(',', '}', ']', '{', '[', '"', ':', 'NaN', '//', '\\u0000', '\\\\')) });
    fc.assert(
      fc.property(fc.constantFrom(...texts), fc.array(edit, { minLength: 1, maxLength: 3 }), (text, edits) => {
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.insert + text.slice(at + e.cut);
        }
        check(text);
      }),
      { numRuns: 1500 },
    );
  }, 60_000);

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        check(text);
      }),
      { numRuns: 1000 },
    );
  }, 60_000);
});
