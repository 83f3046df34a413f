import { describe, expect, it } from 'vitest';
import { SortStep } from '../../lesson/steps/sort.ts';
import { buildLesson, text } from '../../../tests/fixtures/lessons/build.ts';
import { applyRecord, canGoNext, start, transition } from '../runner.ts';
import { score } from '../score.ts';
import type { Effect, LogRecord, RunnerEvent, RunnerState } from '../types.ts';
import { sort } from './sort.ts';

const t = text;
const step = SortStep.parse({
  id: 'waste', type: 'sort', title: t('분리배출'), prompt: t('나눠요'),
  bins: [{ id: 'paper', label: t('종이류') }, { id: 'vinyl', label: t('비닐류') }, { id: 'general', label: t('종량제 봉투') }],
  items: [
    { id: 'box', label: t('상자'), bin: 'paper', explanation: t('종이류') },
    { id: 'receipt', label: t('영수증'), bin: 'general', explanation: t('재활용이 안 돼요') },
  ],
});
const lesson = buildLesson([step, { id: 'end', type: 'narration', title: t('끝'), body: t('끝') }]);
const records = (effects: Effect[]) => effects.flatMap((e) => (e.type === 'record' ? [e.record] : []));

function play(...events: RunnerEvent[]): { state: RunnerState; log: LogRecord[]; effects: Effect[] } {
  const first = start(lesson, 'middle');
  let state = first.state;
  const log = records(first.effects);
  const effects: Effect[] = [];
  for (const e of events) {
    const r = transition(lesson, state, e);
    state = r.state;
    effects.push(...r.effects);
    log.push(...records(r.effects));
  }
  return { state, log, effects };
}

describe('sort step', () => {
  it('a wrong bin is a try: feedback, the item stays, and its second try earns half the points', () => {
    const r = play({ type: 'sort', itemId: 'receipt', binId: 'paper' }, { type: 'sort', itemId: 'receipt', binId: 'general' });
    expect(r.effects.filter((e) => e.type === 'feedback').map((e) => e.type === 'feedback' && e.tone)).toEqual(['wrong', 'correct']);
    expect(r.state.sorts.waste!.receipt).toEqual({ binId: 'general', attempts: 2, correct: true, done: true, points: 0.5 });
    expect(records(r.effects)).toEqual([
      { kind: 'sorted', stepId: 'waste', itemId: 'receipt', binId: 'paper', correct: false, attempt: 1, points: 0, maxPoints: 1 },
      { kind: 'sorted', stepId: 'waste', itemId: 'receipt', binId: 'general', correct: true, attempt: 2, points: 0.5, maxPoints: 1 },
    ]);
  });

  it('out of tries, the item is settled in no points; Next waits for every item', () => {
    const wrong = play({ type: 'sort', itemId: 'box', binId: 'vinyl' }, { type: 'sort', itemId: 'box', binId: 'general' });
    expect(wrong.state.sorts.waste!.box).toMatchObject({ done: true, correct: false, points: 0 });
    expect(canGoNext(lesson, wrong.state)).toBe(false);
    const after = transition(lesson, wrong.state, { type: 'sort', itemId: 'box', binId: 'paper' });
    expect(after.effects).toEqual([{ type: 'rejected', reason: 'already sorted' }]);
    const all = transition(lesson, wrong.state, { type: 'sort', itemId: 'receipt', binId: 'general' });
    expect(canGoNext(lesson, all.state)).toBe(true);
    expect(score(lesson, all.state)).toMatchObject({ points: 1, maxPoints: 2 });
  });

  it('refuses an item or a bin the step does not have', () => {
    const s = start(lesson, 'middle').state;
    expect(transition(lesson, s, { type: 'sort', itemId: 'car', binId: 'paper' }).effects[0]).toMatchObject({ type: 'rejected' });
    expect(transition(lesson, s, { type: 'sort', itemId: 'box', binId: 'glass' }).effects[0]).toMatchObject({ type: 'rejected' });
  });

  it('a resume replays its records to the same state, through the same apply', () => {
    const r = play({ type: 'sort', itemId: 'box', binId: 'vinyl' }, { type: 'sort', itemId: 'receipt', binId: 'general' });
    const replayed = r.log.reduce((s, rec) => applyRecord(lesson, s, rec), undefined as unknown as RunnerState);
    expect(replayed).toEqual(r.state);
  });

  it('folds into the summary per item (first bin, last), scores it, and tallies each item for the desk', () => {
    const fold = sort.summary!;
    const runs = [
      [{ itemId: 'box', binId: 'vinyl', correct: false, attempt: 1, points: 0 }, { itemId: 'box', binId: 'paper', correct: true, attempt: 2, points: 0.5 }],
      [{ itemId: 'box', binId: 'paper', correct: true, attempt: 1, points: 1 }, { itemId: 'receipt', binId: 'paper', correct: false, attempt: 1, points: 0 }],
      [{ itemId: 'box', binId: 'vinyl', correct: false, attempt: 1, points: 0 }],
    ].map((tries) => tries.reduce<ReturnType<typeof fold.fold> | undefined>((f, x) => fold.fold(f, { kind: 'sorted', stepId: 'waste', maxPoints: 1, ...x }), undefined)!);
    expect(runs[0]!.box).toEqual({ first: 'vinyl', firstCorrect: false, correct: true, attempts: 2, points: 0.5, maxPoints: 1 });
    expect(fold.points!(runs[1]!)).toEqual({ points: 1, maxPoints: 2 });
    const [box, receipt] = fold.questions!(step, 'waste', runs);
    expect(box).toMatchObject({ stepId: 'waste', partId: 'box', answered: 3, firstCorrectRate: 1 / 3, finalCorrectRate: 2 / 3, wrongFirst: [{ answer: 'vinyl', count: 2 }] });
    expect(receipt).toMatchObject({ partId: 'receipt', answered: 1, firstCorrectRate: 0, wrongFirst: [{ answer: 'paper', count: 1 }] });
  });

  it('says in xAPI which bin an item went to, as a matching interaction', () => {
    expect(sort.xapi!({ kind: 'sorted', stepId: 'waste', itemId: 'box', binId: 'paper', correct: true, attempt: 1, points: 1, maxPoints: 1 })).toEqual({
      verb: 'answered',
      result: { success: true, response: 'box[.]paper', score: { raw: 1, min: 0, max: 1, scaled: 1 }, extensions: { attempt: 1 } },
    });
    expect(sort.xapiInteraction!(step)).toBe('matching');
  });
});
