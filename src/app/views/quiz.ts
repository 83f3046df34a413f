import type { Language } from '../../lesson/common.ts';
import type { QuizStep } from '../../lesson/steps/quiz.ts';
import { pick } from '../../lesson/text.ts';
import type { AnswerValue, RunnerState } from '../../runner/types.ts';
import { countWords, PANEL_WORDS, type PanelFace } from './panelWords.ts';
import type { Translate } from './translate.ts';

export type OptionTone = 'default' | 'selected' | 'correct' | 'wrong';

export interface QuizChoice {
  /** What the runner receives when this choice is made (an option id or a boolean). */
  value: string | boolean;
  key: string;
  text: string;
  tone: OptionTone;
  /** The student has this option picked (in the draft or in the checked answer). */
  chosen: boolean;
}

export interface QuizView {
  kind: QuizStep['kind'];
  question: string;
  choices: QuizChoice[];
  /** True once the student has answered rightly or used every attempt. */
  done: boolean;
  attempted: boolean;
  correct: boolean;
  /** Answers checked so far. */
  attempts: number;
  attemptsLeft: number;
  /** Per-option feedback for the last answer, then the explanation once done. */
  feedback: string;
  explanation: string;
  /** The right answer in words, shown when the student ran out of attempts. */
  answerText: string;
  /** Numeric quizzes: the slider's range and unit. */
  numeric: { min: number; max: number; step: number; unit: string } | null;
}

function selectedIn(value: AnswerValue | undefined, v: string | boolean): boolean {
  return Array.isArray(value) ? typeof v === 'string' && value.includes(v) : value === v;
}

/** What a quiz looks like right now; shared by the 3D panel and the DOM layer. */
export function quizView(step: QuizStep, state: RunnerState, draft: AnswerValue | null, lang: Language, words: { true: string; false: string }): QuizView {
  const rec = state.quiz[step.id];
  const done = rec?.done ?? false;
  const shown = done || !draft ? rec?.value : draft;
  const base: Omit<QuizChoice, 'tone' | 'chosen'>[] =
    step.kind === 'truefalse'
      ? [{ value: true, key: 'true', text: words.true }, { value: false, key: 'false', text: words.false }]
      : step.kind === 'numeric'
        ? []
        : step.options.map((o) => ({ value: o.id, key: o.id, text: pick(o.text, lang) }));
  const isRight = (v: string | boolean) =>
    step.kind === 'truefalse' ? v === step.answer : step.kind === 'numeric' ? false : step.options.some((o) => o.id === v && o.correct);
  const choices = base.map((c) => {
    let tone: OptionTone = selectedIn(shown, c.value) ? 'selected' : 'default';
    if (done && isRight(c.value)) tone = 'correct';
    else if (rec && selectedIn(rec.value, c.value) && !isRight(c.value) && !draft) tone = 'wrong';
    return { ...c, tone, chosen: selectedIn(shown, c.value) };
  });
  const picked = step.kind === 'single' || step.kind === 'multiple' ? step.options.filter((o) => selectedIn(rec?.value, o.id) && o.feedback) : [];
  const answerText =
    step.kind === 'numeric' ? `${step.answer} ${pick(step.unit, lang)}`
      : step.kind === 'truefalse' ? (step.answer ? words.true : words.false)
        : step.options.filter((o) => o.correct).map((o) => pick(o.text, lang)).join(', ');
  return {
    kind: step.kind,
    question: pick(step.question, lang),
    choices,
    done,
    attempted: !!rec,
    correct: rec?.correct ?? false,
    attempts: rec?.attempts ?? 0,
    attemptsLeft: step.maxAttempts - (rec?.attempts ?? 0),
    feedback: picked.map((o) => pick(o.feedback, lang)).join(' '),
    explanation: done ? pick(step.explanation, lang) : '',
    answerText,
    numeric: step.kind === 'numeric' ? { min: step.min, max: step.max, step: step.step, unit: pick(step.unit, lang) } : null,
  };
}

/** A line of quiz status: an i18n key with parameters, or lesson text shown as is. */
export type StatusLine = { key: string; params?: Record<string, string | number>; text?: string };

/** The lines under a quiz: hint before answering, then right/wrong, feedback and explanation. */
export function quizStatus(v: QuizView, phase: 'pre' | 'post' | undefined): StatusLine[] {
  if (!v.attempted) {
    if (phase === 'pre') return [{ key: 'quiz.pre' }];
    return v.kind === 'multiple' ? [{ key: 'quiz.selectAll' }] : [];
  }
  const lines: StatusLine[] = [];
  if (v.correct) lines.push({ key: 'quiz.correct' });
  else if (v.done) lines.push({ key: 'quiz.wrong' }, { key: 'quiz.answerWas', params: { answer: v.answerText } });
  else lines.push({ key: 'quiz.tryAgain', params: { count: v.attemptsLeft } });
  if (v.feedback) lines.push({ key: 'text', text: v.feedback });
  if (v.explanation) lines.push({ key: 'text', text: v.explanation });
  return lines;
}

/**
 * The two faces of a quiz's 3D panel, so a headset never shows more than about 60 words at once
 * (panelWords.ts): the question with its options (each marked ✓ or ✗ once it counts) and a short
 * status line; and, after an answer, the feedback face: right or wrong, the option's feedback and
 * the explanation. The DOM layer shows everything at once.
 */
export type QuizFace = 'question' | 'feedback';

/** A face the student turned the panel to, and at which attempt: a new answer turns it back. */
export interface QuizTurn {
  face: QuizFace;
  attempts: number;
}

/**
 * The face shown: the question until the first answer; after an answer, the feedback once the quiz
 * is done or the answer has feedback to read (else the question again, for the next try); the face
 * the student turned to, until the next answer.
 */
export function quizFace(v: QuizView, turned: QuizTurn | null): QuizFace {
  if (!v.attempted) return 'question';
  if (turned && turned.attempts === v.attempts) return turned.face;
  return v.done || v.feedback ? 'feedback' : 'question';
}

/** A button's look on the 3D panel (the names of Button3D's tones). */
export type QuizTone = OptionTone | 'disabled';

export interface QuizPanelChoice {
  key: string;
  value: string | boolean;
  /** The option's text, "✓ " before a right answer and "✗ " before a wrong one once they count. */
  label: string;
  tone: QuizTone;
}

export interface QuizPanel {
  face: QuizFace;
  /** Question face: the question (empty on the feedback face). */
  question: string;
  /** Question face: a button per option (none for numeric quizzes and on the feedback face). */
  choices: QuizPanelChoice[];
  /** Question face of a numeric quiz: the value between − and +. */
  numeric: { value: number; label: string; locked: boolean } | null;
  /** The Check button's label, or '' when there is none. */
  check: string;
  /** Hint, right/wrong or "try again" (with the answer on the feedback face when it fits). */
  status: string;
  statusTone: 'hint' | 'right' | 'wrong';
  /** Feedback face: the chosen options' feedback and the explanation. */
  body: string;
  /** The button that turns the panel to the other face, or null before an answer. */
  toggle: { to: QuizFace; label: string } | null;
}

const MARK: Partial<Record<OptionTone, string>> = { correct: '✓ ', wrong: '✗ ' };

/** What a quiz's 3D panel draws on `face`; `value` is the numeric quiz's value on its − / + row. */
export function quizPanel(v: QuizView, face: QuizFace, phase: 'pre' | 'post' | undefined, value: number, t: Translate): QuizPanel {
  const statusTone = !v.attempted ? 'hint' : v.correct ? 'right' : 'wrong';
  const result = !v.attempted
    ? (phase === 'pre' ? t('quiz.pre') : v.kind === 'multiple' ? t('quiz.selectAll') : '')
    : v.correct ? t('quiz.correct') : v.done ? t('quiz.wrong') : t('quiz.tryAgain', { count: v.attemptsLeft });
  const hasFeedback = v.attempted && (v.done || !!v.feedback);
  if (face === 'question' || !hasFeedback) {
    // The options' marks show the right answer; a numeric quiz says it in words.
    const answer = v.done && !v.correct && v.numeric ? t('quiz.answerWas', { answer: v.answerText }) : '';
    return {
      face: 'question',
      question: v.question,
      choices: v.choices.map((c) => ({
        key: c.key,
        value: c.value,
        label: `${MARK[c.tone] ?? ''}${c.text}`,
        tone: v.done && c.tone === 'default' ? 'disabled' : c.tone,
      })),
      numeric: v.numeric ? { value, label: `${value} ${v.numeric.unit}`, locked: v.done } : null,
      check: (v.kind === 'multiple' || v.kind === 'numeric') && !v.done ? t('quiz.check') : '',
      status: [result, answer].filter(Boolean).join(' '),
      statusTone,
      body: '',
      toggle: hasFeedback ? { to: 'feedback', label: t('steps.quiz.why') } : null,
    };
  }
  const body = [v.feedback, v.explanation].filter(Boolean).join('\n');
  const toggle = { to: 'question' as const, label: t('steps.quiz.question') };
  // The right answer in words when the student missed it and it fits; the question face marks it anyway.
  const answer = v.done && !v.correct ? t('quiz.answerWas', { answer: v.answerText }) : '';
  const fits = countWords([result, answer, body, toggle.label].join(' ')) <= PANEL_WORDS;
  return {
    face: 'feedback',
    question: '',
    choices: [],
    numeric: null,
    check: '',
    status: answer && fits ? `${result} ${answer}` : result,
    statusTone,
    body,
    toggle,
  };
}

/** Every text a quiz's 3D panel draws at once on its face, in reading order. */
export function quizPanelTexts(p: QuizPanel): string[] {
  return [p.question, ...p.choices.map((c) => c.label), p.numeric?.label ?? '', p.check, p.status, p.body, p.toggle?.label ?? ''].filter(Boolean);
}

/** Every face a quiz's 3D panel can show in `state` (the feedback face once answered), for the word budget. */
export function quizFaces(step: QuizStep, state: RunnerState, lang: Language, t: Translate): PanelFace[] {
  const v = quizView(step, state, null, lang, { true: t('quiz.true'), false: t('quiz.false') });
  const value = v.numeric ? snapToStep(v.numeric) : 0;
  const faces: QuizFace[] = v.attempted ? ['question', 'feedback'] : ['question'];
  return faces.map((face) => ({ panel: `${face} face`, texts: quizPanelTexts(quizPanel(v, face, step.phase, value, t)) }));
}

const decimalsOf = (x: number): number => (String(x).split('.')[1] ?? '').length;

/**
 * A numeric answer on the slider's grid (min + k·step), inside [min, max], with no floating-point dust:
 * pressing "+" on 4.2 by 0.1 shows 4.3, not 4.3000000000000025. `undefined` gives the middle of the range.
 */
export function snapToStep(n: { min: number; max: number; step: number }, value?: number): number {
  const v = value ?? (n.min + n.max) / 2;
  const k = Math.round((v - n.min) / n.step);
  const snapped = Math.min(n.max, Math.max(n.min, n.min + k * n.step));
  return Number(snapped.toFixed(Math.max(decimalsOf(n.step), decimalsOf(n.min))));
}
