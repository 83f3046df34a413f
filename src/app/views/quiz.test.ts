import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { strings as enStrings } from '../../i18n/strings.en.ts';
import { strings as koStrings } from '../../i18n/strings.ko.ts';
import { translateIn } from '../../i18n/translate.ts';
import { loadLesson } from '../../lesson/load.ts';
import type { QuizStep } from '../../lesson/steps/quiz.ts';
import { pick } from '../../lesson/text.ts';
import type { AnswerValue, RunnerState } from '../../runner/types.ts';
import { quizFace, quizFaces, quizPanel, quizView, snapToStep, type QuizTurn } from './quiz.ts';
import { play } from './testing.ts';
import type { Translate } from './translate.ts';

test('numeric answers stay on the slider grid without floating-point dust', () => {
  const n = { min: 0, max: 10, step: 0.1 };
  let v = 4.2;
  v = snapToStep(n, v + n.step);
  expect(v).toBe(4.3);
  expect(snapToStep(n, 0.1 + 0.2)).toBe(0.3);
  expect(snapToStep(n)).toBe(5);
  expect(snapToStep(n, 12)).toBe(10);
  expect(snapToStep({ min: 1, max: 4, step: 2 })).toBe(3);
  expect(snapToStep({ min: 0.5, max: 2, step: 1 }, 0.9)).toBe(0.5);
});

describe('the 3D panel in two faces (at most about 60 words at once)', () => {
  const file = readFileSync(new URL('../../../lessons/examples/example-quiz.json', import.meta.url), 'utf8');
  const loaded = loadLesson(file);
  if (!loaded.ok) throw new Error('lessons/examples/example-quiz.json does not load');
  const lesson = loaded.lesson;
  const quiz = (id: string) => lesson.steps.find((s) => s.id === id) as QuizStep;
  const lookup = translateIn(enStrings, 'en', koStrings, 'ko');
  const t: Translate = (key, params) => lookup(key, params);
  const words = { true: t('quiz.true'), false: t('quiz.false') };
  const after = (id: string, ...values: AnswerValue[]) =>
    play(lesson, { goto: id }, ...values.map((value) => ({ type: 'answer' as const, value })));
  const panel = (id: string, s: RunnerState, turned: QuizTurn | null = null) => {
    const v = quizView(quiz(id), s, null, 'en', words);
    return quizPanel(v, quizFace(v, turned), quiz(id).phase, 0, t);
  };

  test('before an answer: the question, every option and the hint, no way to a feedback face', () => {
    const p = panel('lowest', after('lowest'));
    expect(p.face).toBe('question');
    expect(p.question).toBe('Which emits the least per km?');
    expect(p.choices.map((c) => [c.key, c.label, c.tone])).toEqual([['car', 'Petrol car', 'default'], ['bus', 'Bus', 'default'], ['train', 'Train', 'default']]);
    expect(p.status).toBe('Before we start: answer with what you know now.');
    expect(p.toggle).toBeNull();
    expect(p.body).toBe('');
  });

  test('a final answer turns the panel to its feedback: right or wrong, the answer, the explanation; the question face marks ✓ and ✗', () => {
    const s = after('lowest', 'car');
    const p = panel('lowest', s);
    expect(p.face).toBe('feedback');
    expect(p.question).toBe('');
    expect(p.choices).toEqual([]);
    expect(p.status).toBe('Not quite. Answer: Train');
    expect(p.statusTone).toBe('wrong');
    expect(p.body).toBe('A train emits about 41 g per passenger per km.');
    expect(p.toggle).toEqual({ to: 'question', label: '◀ Question' });
    const back = panel('lowest', s, { face: 'question', attempts: 1 });
    expect(back.face).toBe('question');
    expect(back.choices.map((c) => [c.label, c.tone])).toEqual([['✗ Petrol car', 'wrong'], ['Bus', 'disabled'], ['✓ Train', 'correct']]);
    expect(back.status).toBe('Not quite.');
    expect(back.toggle).toEqual({ to: 'feedback', label: 'Why? ▶' });
    expect(back.check).toBe('');
  });

  test('a wrong answer with tries left: its feedback first, then the question again with Check; a new answer turns to the feedback', () => {
    let s = after('low-carbon', ['plane']);
    const first = panel('low-carbon', s);
    expect(first.face).toBe('feedback');
    expect(first.status).toBe('Try again. (1 tries left)');
    expect(first.body).toBe('A flight is about 255 g per km.');
    const turned = { face: 'question' as const, attempts: 1 };
    const retry = panel('low-carbon', s, turned);
    expect(retry.choices.map((c) => c.label)).toEqual(['Bus', 'Train', '✗ Domestic flight']);
    expect(retry.check).toBe('Check answer');
    s = after('low-carbon', ['plane'], ['bus', 'train']);
    // The face turned to at the first attempt no longer holds: the second answer shows its feedback.
    const done = panel('low-carbon', s, turned);
    expect(done.face).toBe('feedback');
    expect(done.status).toBe('Correct!');
    expect(done.statusTone).toBe('right');
    expect(done.body).toBe('Bus about 105 g, train about 41 g, car about 192 g.');
  });

  test('a wrong answer with tries left and nothing to read stays on the question, saying try again', () => {
    const welcome = loadLesson(readFileSync(new URL('../../../lessons/welcome.json', import.meta.url), 'utf8'));
    if (!welcome.ok) throw new Error('welcome.json');
    const step = welcome.lesson.steps.find((x) => x.id === 'try-it') as QuizStep;
    const v = quizView(step, play(welcome.lesson, { goto: 'try-it' }, { type: 'answer', value: 'keep-going' }), null, 'en', words);
    expect(quizFace(v, null)).toBe('question');
    const p = quizPanel(v, 'question', step.phase, 0, t);
    expect(p.choices.find((c) => c.key === 'keep-going')?.label.startsWith('✗ ')).toBe(true);
    expect(p.choices.find((c) => c.key === 'take-off')?.tone).toBe('default');
    expect(p.status).toBe('Try again. (1 tries left)');
    expect(p.toggle).toBeNull();
  });

  test('numeric: the value between − and +, then the answer in words on both faces when missed', () => {
    const step = quiz('car-grams');
    if (step.kind !== 'numeric') throw new Error('car-grams is numeric');
    const v = quizView(step, after('car-grams', step.min), null, 'en', words);
    const q = quizPanel(v, 'question', step.phase, step.min, t);
    expect(q.numeric).toEqual({ value: step.min, label: `${step.min} ${pick(step.unit, 'en')}`, locked: true });
    expect(q.status).toBe(`Not quite. Answer: ${step.answer} ${pick(step.unit, 'en')}`);
    expect(quizPanel(v, 'feedback', step.phase, step.min, t).status).toBe(`Not quite. Answer: ${step.answer} ${pick(step.unit, 'en')}`);
  });

  test('the answer in words is left to the question face when the feedback face would pass 60 words', () => {
    const long = Array.from({ length: 57 }, (_, i) => `word${i}`).join(' ');
    const step = { ...quiz('lowest'), explanation: { en: long, ko: long } } as QuizStep;
    const v = quizView(step, after('lowest', 'car'), null, 'en', words);
    expect(quizPanel(v, 'feedback', step.phase, 0, t).status).toBe('Not quite.');
  });

  test('quizFaces lists what each face draws, as quizPanelTexts reads it', () => {
    const faces = quizFaces(quiz('lowest'), after('lowest', 'train'), 'en', t);
    expect(faces.map((f) => f.panel)).toEqual(['question face', 'feedback face']);
    expect(faces[0]!.texts).toEqual(['Which emits the least per km?', 'Petrol car', 'Bus', '✓ Train', 'Correct!', 'Why? ▶']);
    expect(faces[1]!.texts).toEqual(['Correct!', 'A train emits about 41 g per passenger per km.', '◀ Question']);
    expect(quizFaces(quiz('lowest'), after('lowest'), 'en', t).map((f) => f.panel)).toEqual(['question face']);
  });
});
