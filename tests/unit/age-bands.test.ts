/**
 * The "adult" age band (officials' training), beside "middle" and "high": the format, the
 * JSON Schema, the checker, the runner, progress records (old ones still read) and the UI labels.
 */
import Ajv2020Module from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { ko } from '../../src/i18n/ko.ts';
import { AGE_BANDS } from '../../src/lesson/constants.ts';
import { lessonJsonSchema } from '../../src/lesson/json-schema.ts';
import { loadLesson } from '../../src/lesson/load.ts';
import { EventSchema, RecordSchema } from '../../src/progress/validate.ts';
import { currentStep, start, transition } from '../../src/runner/runner.ts';
import type { AgeBand, RunnerState } from '../../src/runner/types.ts';
import { text } from '../fixtures/lessons/build.ts';
import { codes, problemsOf } from './lesson-helpers.ts';

const Ajv2020 = ((Ajv2020Module as unknown as { default?: typeof Ajv2020Module }).default ?? Ajv2020Module);
const validate = new Ajv2020({ strict: true }).compile(lessonJsonSchema());

const narration = (id: string, more = {}) => ({ id, type: 'narration', title: text(id), body: text(id), ...more });

/** A lesson for all three bands: an adult-only welcome, a branch by band, a summary. */
function lesson(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'bands', formatVersion: 1, version: '1.0.0', title: text('L'), summary: text('S'), languages: ['ko', 'en'],
    ageBands: ['adult', 'middle', 'high'], minutes: 10, objectives: [text('o')],
    steps: [
      narration('welcome', { ageBands: ['middle', 'high'] }),
      narration('welcome-adult', { ageBands: ['adult'] }),
      { id: 'route', type: 'branch', rules: [{ when: { ageBand: 'adult' }, goto: 'plant' }, { when: { ageBand: 'high' }, goto: 'design' }], otherwise: 'home' },
      narration('plant', { next: 'end' }),
      narration('design', { next: 'end' }),
      narration('home'),
      { id: 'end', type: 'summary', title: text('end') },
    ],
    ...extra,
  };
}

const check = (l: unknown) => loadLesson(JSON.stringify(l, null, 2));

function loaded(l: unknown) {
  const r = check(l);
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.path}: ${p.message}`).join('; '));
  return r.lesson;
}

/** The steps a student of `band` is shown, Next pressed until the summary. */
function path(band: AgeBand): { shown: string[]; state: RunnerState } {
  const l = loaded(lesson());
  let state = start(l, band).state;
  const shown = [state.stepId];
  while (!state.finished) {
    state = transition(l, state, { type: 'next' }).state;
    shown.push(currentStep(l, state).id);
  }
  return { shown, state };
}

describe('the adult age band', () => {
  it('is a band of the format, after the two school bands', () => {
    expect(AGE_BANDS).toEqual(['middle', 'high', 'adult']);
  });

  it('is accepted for a lesson, a step and a branch condition, by the checker and the JSON Schema, with no warning', () => {
    const r = check(lesson());
    expect(r.ok && r.warnings).toEqual([]);
    expect(validate(lesson()), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(lesson({ ageBands: ['adult'] }))).toBe(true);
  });

  it('is refused when misspelt, with a suggestion, by both', () => {
    const r = check(lesson({ ageBands: ['adults', 'middle', 'high'] }));
    expect(r.ok).toBe(false);
    expect(problemsOf(r).filter((p) => p.severity === 'error')).toMatchObject([{
      path: 'ageBands[0]', code: 'invalid-value',
      message: 'expected one of "middle", "high", "adult", found "adults"; did you mean "adult"?',
    }]);
    expect(validate(lesson({ ageBands: ['adults', 'middle', 'high'] }))).toBe(false);
    const branchTypo = lesson();
    (branchTypo.steps as Record<string, any>[])[2]!.rules[0].when.ageBand = 'Adult';
    expect(codes(check(branchTypo))).toEqual(['invalid-value']);
    expect(validate(branchTypo)).toBe(false);
  });

  it('warns about an adult branch or step in a lesson that is not for adults, naming its bands', () => {
    const r = check(lesson({ ageBands: ['middle', 'high'] }));
    expect(problemsOf(r).map((p) => [p.code, p.path, p.severity])).toEqual([
      ['never-shown', 'steps[1].ageBands', 'warning'],
      ['never-holds', 'steps[2].rules[0].when.ageBand', 'warning'],
    ]);
    expect(problemsOf(r)[1]!.message).toBe('the lesson is not for the "adult" age band, so this condition never holds');
    expect(problemsOf(r)[0]!.message).toBe('no student sees this step: the lesson is for "middle" and "high" only');
  });

  it('names the lesson\'s bands in that warning, and says nothing when a step is for one of them', () => {
    const l = lesson();
    (l.steps as Record<string, unknown>[]).splice(1, 0, narration('never', { ageBands: ['middle'] }));
    const r = check({ ...l, ageBands: ['adult', 'high'] });
    expect(problemsOf(r).find((p) => p.code === 'never-shown')?.message).toBe('no student sees this step: the lesson is for "adult" and "high" only');
    const all = check({ ...lesson(), steps: [narration('x', { ageBands: ['high'] }), narration('y')] });
    expect(codes(all)).toEqual([]);
  });

  it('refuses a lesson for adults whose every step is for school students', () => {
    const r = check({ ...lesson(), steps: [narration('a', { ageBands: ['middle'] }), narration('b', { ageBands: ['high'] })] });
    expect(problemsOf(r)).toMatchObject([{ code: 'no-steps-for-band', path: 'ageBands', severity: 'error' }]);
    expect(problemsOf(r)[0]!.message).toContain('"adult" students');
  });

  it('shows adults their steps, routes them by { "ageBand": "adult" } and never shows the branch', () => {
    expect(path('adult').shown).toEqual(['welcome-adult', 'plant', 'end']);
    expect(path('high').shown).toEqual(['welcome', 'design', 'end']);
    expect(path('middle').shown).toEqual(['welcome', 'home', 'end']);
    expect(path('adult').state.finished).toBe(true);
  });

  it('records the band the run started in', () => {
    const t = start(loaded(lesson()), 'adult');
    expect(t.state.ageBand).toBe('adult');
    expect(t.effects).toContainEqual({ type: 'record', record: { kind: 'lesson-started', lessonVersion: '1.0.0', ageBand: 'adult' } });
  });
});

describe('progress records with age bands', () => {
  const event = (ageBand: string) => ({
    id: '00000000-0000-4000-8000-000000000001', deviceId: '00000000-0000-4000-8000-000000000002', seq: 1,
    profileId: '00000000-0000-4000-8000-000000000003', lessonId: 'clean-water-journey', lessonVersion: '1.1.0',
    at: '2025-01-01T00:00:00.000Z', record: { kind: 'lesson-started', lessonVersion: '1.1.0', ageBand },
  });

  it('reads saved and imported runs of every band, old middle- and high-school ones included', () => {
    for (const band of ['middle', 'high', 'adult']) {
      expect(RecordSchema.safeParse(event(band).record).success, band).toBe(true);
      expect(EventSchema.safeParse(event(band)).success, band).toBe(true);
    }
  });

  it('refuses a band the app does not know', () => {
    expect(EventSchema.safeParse(event('adults')).success).toBe(false);
    expect(EventSchema.safeParse(event('')).success).toBe(false);
  });
});

describe('age band labels', () => {
  it('names every band on lesson cards and in the band chooser, in Korean and English', () => {
    for (const band of AGE_BANDS) {
      expect(ko.home.ages[band], band).toMatch(/\S/);
      expect(en.home.ages[band], band).toMatch(/\S/);
    }
    expect(ko.home.ages.adult).toBe('성인·공무원 연수');
    expect(en.home.ages.adult).toBe('Adults / officials\' training');
  });
});
