/** Hostile and accidental input: each gets a located sentence, never a crash, a stack trace or a hang. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLesson } from '../../src/lesson/load.ts';
import { LIMITS } from '../../src/lesson/limits.ts';
import { codes, LESSONS, problemsOf, readText } from './lesson-helpers.ts';

const example = readText(join(LESSONS, 'examples/example-narration.json'));

describe('hostile input', () => {
  it('refuses a file over the size limit before parsing it', () => {
    const huge = `{"id": "x", "pad": "${'x'.repeat(LIMITS.maxBytes)}"}`;
    const r = loadLesson(huge);
    expect(problemsOf(r)).toMatchObject([{ code: 'too-big', line: 1, column: 1, severity: 'error' }]);
    expect(problemsOf(r)[0]!.message).toMatch(/^the file is 2\.0 MB; a lesson file may be at most 2\.0 MB/);
  });

  it('measures the limit in UTF-8 bytes, as the file is stored', () => {
    const korean = `{"id": "x", "pad": "${'가'.repeat(Math.ceil(LIMITS.maxBytes / 3) + 10)}"}`;
    expect(korean.length).toBeLessThan(LIMITS.maxBytes);
    expect(codes(loadLesson(korean))).toEqual(['too-big']);
  });

  it('stops at deep nesting without recursing', () => {
    for (const [open, close] of [['[', ']'], ['{"a":', '}']] as const) {
      const deep = open.repeat(200_000) + close.repeat(200_000);
      expect(codes(loadLesson(deep))).toEqual(['too-deep']);
    }
    expect(codes(loadLesson('['.repeat(100_000)))).toEqual(['too-deep']);
  });

  it('refuses strings over the length limit, located by path', () => {
    const text = example.replace('"Welcome"', `"${'w'.repeat(LIMITS.maxStringLength + 1)}"`);
    const p = problemsOf(loadLesson(text)).find((x) => x.code === 'too-long');
    expect(p).toMatchObject({ path: 'steps[0].title.en', line: 25, column: 40 });
  });

  it('refuses __proto__, constructor and prototype keys without polluting anything', () => {
    const text = example.replace('"minutes": 2', '"minutes": 2, "__proto__": { "polluted": true }, "constructor": { "prototype": { "polluted": true } }');
    const r = loadLesson(text);
    expect(codes(r)).toEqual(['forbidden-key', 'forbidden-key']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('says what a file holds when it is not an object', () => {
    for (const text of ['[]', '"lesson"', '42', 'null', 'true']) {
      const [p] = problemsOf(loadLesson(text));
      expect(p).toMatchObject({ code: 'not-a-lesson', line: 1, column: 1 });
      expect(p!.message).toMatch(/^a lesson is a JSON object .*, but this file holds /);
    }
  });

  it('caps the number of problems and counts the rest', () => {
    const steps = Array.from({ length: 1500 }, (_, i) => `{"id": "S${i}", "type": "narration"}`).join(',');
    const r = loadLesson(example.replace(/"steps": \[[\s\S]*\]\n\}/, `"steps": [${steps}]\n}`));
    const problems = problemsOf(r);
    expect(problems.length).toBe(LIMITS.maxProblems + 1);
    expect(problems[problems.length - 1]!.message).toMatch(/^\d+ more problems not shown$/);
  });

  it('reads a file of random bytes as "not a text file"', () => {
    const bytes = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256);
    expect(codes(loadLesson(new TextDecoder().decode(bytes)))).toEqual(['not-text']);
  });
});
