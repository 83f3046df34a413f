/** Analysis beyond the schema, on small variations of the examples (the fixtures cover the rest). */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLesson } from '../../src/lesson/load.ts';
import { codes, LESSONS, problemsOf, readText } from './lesson-helpers.ts';

const base = (name: string) => JSON.parse(readText(join(LESSONS, 'examples', `example-${name}.json`))) as Record<string, any>;
const check = (lesson: unknown, options = {}) => loadLesson(JSON.stringify(lesson, null, 2), undefined, options);

describe('reachability and endings', () => {
  it('treats every branch target as reachable', () => {
    expect(codes(check(base('branch')))).toEqual([]);
  });

  it('passes a step for another age band on to the step after it', () => {
    const l = base('summary');
    // High-school students end at "high-end"; middle-school students pass it by and read "more" first.
    l.steps.splice(1, 0, { id: 'high-end', type: 'summary', ageBands: ['high'], title: { ko: '끝', en: 'End' } });
    l.steps.splice(2, 0, { id: 'more', type: 'narration', title: { ko: '가', en: 'a' }, body: { ko: '가', en: 'a' } });
    expect(codes(check(l))).toEqual([]);
    delete l.steps[1].ageBands;
    expect(problemsOf(check(l))).toMatchObject([{ code: 'unreachable', path: 'steps[2].id' }, { code: 'unreachable', path: 'steps[3].id' }]);
  });

  it('accepts a loop with a way out, and reports one without', () => {
    const l = base('branch');
    l.steps[2].next = 'check'; // review → check → route → review …, but route may go to well-done
    expect(codes(check(l))).toEqual([]);
    l.steps[1].rules[0].goto = 'review';
    const r = check(l);
    // The steps after the loop (how many depends on the example) are unreachable: warnings, after the error.
    expect(codes(r)[0]).toBe('never-ends');
    expect(new Set(codes(r).slice(1))).toEqual(new Set(['unreachable']));
    expect(problemsOf(r)[0]!.message).toBe(
      'the lesson never ends from here: "check" → "route" → "review" → "check" loops with no way out; lead one of them to a summary or past the last step, or branch out of the loop',
    );
  });

  it('warns that a summary ends the lesson whatever its "next" says', () => {
    const l = base('summary');
    l.steps[1].next = 'idea';
    expect(codes(check(l))).toEqual(['ignored-next']);
  });

  it('refuses a lesson whose every step is for another age band than one it is for', () => {
    const l = base('summary');
    for (const step of l.steps) step.ageBands = ['high'];
    expect(problemsOf(check(l))).toMatchObject([{ code: 'no-steps-for-band', path: 'ageBands', severity: 'error' }]);
  });

  it('warns about steps no student sees', () => {
    const l = base('summary');
    l.ageBands = ['middle'];
    l.steps[0].ageBands = ['high'];
    expect(codes(check(l))).toEqual(['never-shown']);
  });
});

describe('content checks', () => {
  it('warns about a no-break space that is not after a number (3D text joins the words around it)', () => {
    const l = base('narration');
    const step = l.steps.find((s: { body?: unknown }) => s.body);
    step.body.en = 'Each 1\u00a0m³ of water matters.';
    expect(codes(check(l))).toEqual([]);
    step.body.en = 'Gwangju\u00a0city cares.';
    expect(problemsOf(check(l))).toMatchObject([{ code: 'stray-no-break-space', severity: 'warning', message: expect.stringContaining('Gwangju\\u00a0city') }]);
  });

  it('takes a publisher as one name or as a name per language, which then needs every language', () => {
    const l = base('footprint');
    l.sources[0].publisher = { ko: '기후에너지환경부', en: 'Ministry of Climate, Energy and Environment' };
    expect(codes(check(l))).toEqual([]);
    l.sources[0].publisher = { ko: '기후에너지환경부' };
    expect(problemsOf(check(l))).toMatchObject([{ code: 'missing-language', path: 'sources[0].publisher', message: expect.stringContaining('"en"') }]);
  });

  it('warns when "complete" asks for more hotspots than the scene has', () => {
    const l = base('scene');
    l.steps[0].complete = 3;
    expect(problemsOf(check(l))).toMatchObject([{ code: 'complete-too-high', path: 'steps[0].complete', severity: 'warning' }]);
  });

  it('warns about a text in a language the lesson does not declare', () => {
    const l = base('summary');
    l.languages = ['ko'];
    const r = check(l);
    expect(r.ok).toBe(true);
    expect(new Set(codes(r))).toEqual(new Set(['undeclared-language']));
  });

  it('warns when a numeric tolerance makes every answer right', () => {
    const l = base('quiz');
    l.steps[3].tolerance = 400;
    expect(codes(check(l))).toEqual(['always-correct']);
  });

  it('measures Korean in characters and English in words', () => {
    const l = base('summary');
    l.steps[0].body = { ko: '가'.repeat(120), en: Array(40).fill('word').join(' ') };
    expect(codes(check(l))).toEqual([]);
    l.steps[0].body = { ko: '가 '.repeat(121), en: Array(41).fill('word').join(' ') };
    expect(problemsOf(check(l)).map((p) => p.message.split(' is long')[0])).toEqual(['121 characters', '41 words']);
  });

  it('checks asset files only through the lookup it is given, and the lesson total', () => {
    const l = base('scene');
    l.steps[0].props.push({ model: 'models/a.glb', position: [0, 0, 0] }, { model: 'models/b.glb', position: [0, 0, 0] });
    expect(codes(check(l))).toEqual([]);
    const MB = 1024 * 1024;
    const sizes: Record<string, number> = { 'models/a.glb': 1.5 * MB, 'models/b.glb': 15 * MB };
    const r = check(l, { assetSize: (p: string) => sizes[p] ?? null });
    expect(codes(r)).toEqual(['assets-too-big', 'asset-too-big']);
    expect(problemsOf(r)[0]!.message).toBe("this lesson's assets add up to 16.5 MB; keep a lesson under 16.0 MB");
  });

  it('suggests the id that was meant', () => {
    const l = base('branch');
    l.steps[1].otherwise = 'reveiw';
    expect(problemsOf(check(l))[0]!.message).toBe('no step has the id "reveiw"; did you mean "review"?');
  });
});
