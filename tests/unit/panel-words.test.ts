/**
 * Less to read in a headset: what one 3D panel shows at once (the lesson's text plus the app's own
 * lines: cards, figures, sources, buttons, status) stays within about 60 words, for every step of
 * every built-in lesson, in both languages, in every state a student can bring it to (before and
 * after each answer or choice, on each face, tab or page). Korean "words" are space-separated
 * tokens; a token counts when it holds a letter or a digit ("≈", "·", "→" do not): countWords in
 * src/app/views/panelWords.ts, which the view models page with too.
 *
 * The panels' texts come from the view models the 3D components draw: each step type has an entry
 * in PANELS below, with the states worth measuring and a `faces` function. Quiz, pledge and summary
 * take their faces from their view models as is (quizFaces, pledgeFaces, summaryFaces: every face,
 * tab and page); the footprint's middle panel from `footprintPanel`; narration and scene panels are
 * put together here as their components put them together (named beside each). A new step type
 * adds its entry (the test fails on a built-in step whose type has none).
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { footprintPanel, footprintPanelTexts, footprintView } from '../../src/app/views/footprint.ts';
import { voiceFor } from '../../src/app/views/narration.ts';
import { countWords, PANEL_WORDS, type PanelFace } from '../../src/app/views/panelWords.ts';
import { pledgeFaces } from '../../src/app/views/pledge.ts';
import { quizFaces } from '../../src/app/views/quiz.ts';
import { sceneStatus, sceneView } from '../../src/app/views/scene.ts';
import { sortPanel, sortView } from '../../src/app/views/sort.ts';
import { summaryFaces } from '../../src/app/views/summary.ts';
import type { Translate } from '../../src/app/views/translate.ts';
import { strings as enStrings } from '../../src/i18n/strings.en.ts';
import { strings as koStrings } from '../../src/i18n/strings.ko.ts';
import { translateIn } from '../../src/i18n/translate.ts';
import type { Language } from '../../src/lesson/common.ts';
import { loadLesson } from '../../src/lesson/load.ts';
import type { Lesson, Step } from '../../src/lesson/schema.ts';
import { pick } from '../../src/lesson/text.ts';
import type { StepType } from '../../src/lesson/steps/index.ts';
import { start, transition } from '../../src/runner/runner.ts';
import type { AgeBand, RunnerEvent, RunnerState } from '../../src/runner/types.ts';
import { lessonFiles } from '../../scripts/lessons-check.ts';
import { LESSONS } from './lesson-helpers.ts';

/** About 60 words: what a student reads comfortably on one panel in a headset. */
const BUDGET = PANEL_WORDS;

const tFor = (lang: Language): Translate => {
  const lookup = lang === 'en' ? translateIn(enStrings, 'en', koStrings, 'ko') : translateIn(koStrings, 'ko');
  return (key, params) => lookup(key, params);
};


/** The state after `events` at step `id` (events the runner refuses are left out). */
function at(lesson: Lesson, base: RunnerState, id: string, events: RunnerEvent[] = []): RunnerState {
  let s: RunnerState = { ...base, stepId: id, history: [...base.history, id] };
  for (const e of events) {
    const r = transition(lesson, s, e);
    if (!r.effects.some((x) => x.type === 'rejected')) s = r.state;
  }
  return s;
}

/** Answers that bring a quiz to each of its states: each option, the right answer, wrong until done. */
function quizAnswers(step: Extract<Step, { type: 'quiz' }>): RunnerEvent[][] {
  const answer = (value: RunnerEvent & { type: 'answer' } extends { value: infer V } ? V : never): RunnerEvent => ({ type: 'answer', value });
  const wrongTimes = (v: Parameters<typeof answer>[0]) => Array.from({ length: step.maxAttempts }, () => answer(v));
  switch (step.kind) {
    case 'truefalse':
      return [[], [answer(step.answer)], wrongTimes(!step.answer)];
    case 'numeric':
      return [[], [answer(step.answer)], wrongTimes(step.answer === step.min ? step.max : step.min)];
    case 'single':
      return [[], ...step.options.map((o) => [answer(o.id)]), ...step.options.filter((o) => !o.correct).map((o) => wrongTimes(o.id))];
    case 'multiple':
      return [[], [answer(step.options.filter((o) => o.correct).map((o) => o.id))], ...step.options.map((o) => wrongTimes([o.id]))];
  }
}

/**
 * How one step type's 3D view is measured: the events that bring a step to each state worth reading
 * (each is applied on arrival and again after a student did everything), the events of a student
 * who did everything there (the summary and the pledge card show them later), and every face its
 * view shows in a state, from the view model the component draws.
 */
interface PanelMeasure<S extends Step> {
  states: (step: S) => RunnerEvent[][];
  finish: (step: S) => RunnerEvent[];
  faces: (lesson: Lesson, step: S, state: RunnerState, lang: Language, t: Translate) => PanelFace[];
}
type Measures = { [K in StepType]?: PanelMeasure<Extract<Step, { type: K }>> };

const arrive = (): RunnerEvent[][] => [[]];
const sortedAll = (step: Extract<Step, { type: 'sort' }>): RunnerEvent[] => step.items.map((i) => ({ type: 'sort', itemId: i.id, binId: i.bin }));
const nothing = (): RunnerEvent[] => [];

/**
 * One entry per step type. A new type (the "sort" step, say) adds `sort: { states, finish, faces }`,
 * with `faces` from its view model (e.g. `sortFaces(step, state, lang, t)` returning each face or
 * page its 3D panel can show, as quizFaces does), and drops nothing else.
 */
const PANELS: Measures = {
  narration: {
    states: arrive,
    finish: nothing,
    // Narration3D: title, body, the Listen button and one caption at a time.
    faces: (_lesson, step, _state, lang, t) => {
      const voice = step.audio ? voiceFor(step.audio, lang) : null;
      const longest = voice ? voice.captions.reduce((a, c) => (countWords(c.text) > countWords(a) ? c.text : a), '') : '';
      return [{ panel: 'panel', texts: [step.title[lang] ?? '', step.body[lang] ?? '', voice ? t('scene.pause') : '', longest] }];
    },
  },
  scene: {
    states: (step) => [[], step.hotspots.map((h) => ({ type: 'visit', hotspotId: h.id }))],
    finish: (step) => step.hotspots.map((h) => ({ type: 'visit', hotspotId: h.id })),
    // Scene3D: title, body, the status line and the hint; each hotspot's card is a panel of its own.
    faces: (_lesson, step, state, lang, t) => {
      const v = sceneView(step, state, lang);
      const status = sceneStatus(v);
      return [
        { panel: 'panel', texts: [v.title, v.body, t(status.key, status.params), v.total > 0 ? t('scene.hint3d') : ''] },
        ...v.hotspots.map((h) => ({ panel: `hotspot ${h.id}`, texts: [h.label, h.body] })),
      ];
    },
  },
  quiz: {
    states: quizAnswers,
    finish: (step) => quizAnswers(step)[1]!,
    // Quiz3D draws quizPanel: the question face, and the feedback face once answered.
    faces: (_lesson, step, state, lang, t) => quizFaces(step, state, lang, t),
  },
  sort: {
    // Arriving, after a wrong bin for the first item, and with every item settled.
    states: (step) => [[], [{ type: 'sort', itemId: step.items[0]!.id, binId: step.bins.find((b) => b.id !== step.items[0]!.bin)!.id }], sortedAll(step)],
    finish: sortedAll,
    // Sort3D draws sortPanel: one item and its bins, the feedback on the item placed last (each in turn).
    faces: (_lesson, step, state, lang) => [null, ...step.items.map((i) => i.id)].map((picked) => {
      const p = sortPanel(sortView(step, state, picked, lang));
      return { panel: 'panel', texts: [p.title, p.question, ...p.bins, ...p.feedback] };
    }),
  },
  footprint: {
    states: (step) => [[], ...step.options.map((o): RunnerEvent[] => [{ type: 'choose', optionId: o.id }])],
    finish: (step) => [{ type: 'choose', optionId: step.options.at(-1)!.id }],
    // Footprint3D: the middle panel's two faces (footprintPanel), the total against the
    // benchmarks on the left (title and each bar's label, value and share), the consequence's label.
    faces: (lesson, step, state, lang, t) => {
      const v = footprintView(lesson, step, state, lang, t);
      return [
        ...(['choices', 'details'] as const).map((face) => ({ panel: `${face} face`, texts: footprintPanelTexts(footprintPanel(v, face, t)) })),
        { panel: 'totals', texts: [t('steps.footprint.totalTitle'), ...v.bars.flatMap((b) => [b.label, b.value, b.share])] },
        { panel: 'consequence', texts: [t('steps.footprint.consequence.title'), v.consequence.description, v.consequence.caption] },
      ];
    },
  },
  pledge: {
    states: arrive,
    finish: (step) => step.options.slice(0, step.max).map((o) => ({ type: 'pledge', choice: { optionId: o.id } })),
    // Pledge3D draws pledgePanel (each page of the list, the compose tab) and pledgeMine (the card).
    faces: (_lesson, step, state, lang, t) => pledgeFaces(step, state, lang, t),
  },
  summary: {
    states: arrive,
    finish: nothing,
    // Summary3D draws summaryPanel (each tab's pages) and the totals card.
    faces: (lesson, step, state, lang, t) => summaryFaces(lesson, step, state, lang, t),
  },
  branch: {
    states: arrive,
    finish: nothing,
    faces: () => [], // nothing shown: the runner routes through it
  },
};

/** The step's entry, or null for a type that has none yet (the last test below names it). */
function measureOf(step: Step): PanelMeasure<Step> | null {
  return (PANELS[step.type] as PanelMeasure<Step> | undefined) ?? null;
}

/** A student who did everything: every quiz answered, the highest footprint option chosen, pledges made. */
function everything(lesson: Lesson, band: AgeBand): RunnerState {
  let s = start(lesson, band).state;
  for (const step of lesson.steps) {
    if (step.ageBands && !step.ageBands.includes(band)) continue;
    s = at(lesson, s, step.id, measureOf(step)?.finish(step) ?? []);
  }
  return s;
}

/** Every face a step's 3D view can show, in every state reached here. */
function panels(lesson: Lesson, step: Step, base: RunnerState, done: RunnerState, lang: Language): PanelFace[] {
  const t = tFor(lang);
  const m = measureOf(step);
  if (!m) return [];
  return [base, done].flatMap((from) => m.states(step).flatMap((events) => {
    const after = events.length ? ` after ${JSON.stringify(events.map((e) => (e.type === 'answer' ? e.value : e.type)))}` : '';
    return m.faces(lesson, step, at(lesson, from, step.id, events), lang, t).map((f) => ({ ...f, panel: `${f.panel}${after}` }));
  }));
}

const lessons = lessonFiles(LESSONS).map((file) => {
  const r = loadLesson(readFileSync(file, 'utf8'), relative(LESSONS, file));
  if (!r.ok) throw new Error(`${file} does not load`);
  return { name: relative(LESSONS, file), lesson: r.lesson };
});

/** The most words any panel of each step shows, over bands, languages and states: `file#step` → words. */
function measure(): Map<string, { words: number; where: string }> {
  const most = new Map<string, { words: number; where: string }>();
  for (const { name, lesson } of lessons) {
    for (const band of lesson.ageBands) {
      const base = start(lesson, band).state;
      const done = everything(lesson, band);
      for (const lang of lesson.languages) {
        for (const step of lesson.steps) {
          if (step.ageBands && !step.ageBands.includes(band)) continue; // a student of this band never meets it
          for (const shown of panels(lesson, step, base, done, lang)) {
            const words = countWords(shown.texts.join('\n'));
            const key = `${name}#${step.id}`;
            if (words > (most.get(key)?.words ?? -1)) most.set(key, { words, where: `${step.type} ${shown.panel} (${lang}, ${band})` });
          }
        }
      }
    }
  }
  return most;
}

describe('words on one 3D panel, every built-in step, both languages', () => {
  it('counts words as a reader meets them', () => {
    expect(countWords('≈ 146 kg CO₂e a year')).toBe(5);
    expect(countWords('하나를 고르세요 · 매일')).toBe(3);
    expect(countWords('• Bus — 4 km → 0.77')).toBe(4);
  });

  const most = measure();

  it('has a measure for every step type the built-in lessons use', () => {
    const missing = [...new Set(lessons.flatMap((l) => l.lesson.steps.map((x) => x.type)))].filter((type) => !PANELS[type]);
    expect(missing, 'add an entry to PANELS for each of these step types').toEqual([]);
  });

  it('measures every step of every built-in lesson', () => {
    // Every step a student meets draws a panel, but a branch (the runner routes through it).
    const met = (l: Lesson) => l.steps.filter((s) => s.type !== 'branch' && PANELS[s.type] && (!s.ageBands || s.ageBands.some((b) => l.ageBands.includes(b)))).length;
    expect(most.size).toBe(lessons.reduce((n, l) => n + met(l.lesson), 0));
    expect(lessons.map((l) => l.name)).toEqual(expect.arrayContaining(['my-carbon-day.json', 'clean-water-journey.json', 'hot-city-green-city.json', 'me-to-my-city.json']));
  });

  it(`keeps every face, tab and page of every panel within ${BUDGET} words`, () => {
    const over = [...most].filter(([, m]) => m.words > BUDGET).map(([key, m]) => `${key}: ${m.words} words on ${m.where}`);
    expect(over).toEqual([]);
  });

  it('the footprint steps, the main offender before (about 100 words), now show at most 60 on either face', () => {
    const footprints = [...most].filter(([, m]) => m.where.startsWith('footprint'));
    expect(footprints.length).toBeGreaterThan(8);
    for (const [key, m] of footprints) expect(m.words, `${key} ${m.where}`).toBeLessThanOrEqual(BUDGET);
  });

  it('quizzes (up to 113 words once answered), pledge lists (up to 70) and summaries (up to 213) fit now, on more faces', () => {
    const of = (type: string) => [...most].filter(([, m]) => m.where.startsWith(type));
    for (const type of ['quiz', 'pledge', 'summary']) {
      expect(of(type).length, type).toBeGreaterThan(3);
      for (const [key, m] of of(type)) expect(m.words, `${key} ${m.where}`).toBeLessThanOrEqual(BUDGET);
    }
    // The summaries and the longer pledge lists need their pages: more than one face each.
    const pages = (key: string, lang: Language) => {
      const { name, step: id } = { name: key.split('#')[0]!, step: key.split('#')[1]! };
      const lesson = lessons.find((l) => l.name === name)!.lesson;
      const step = lesson.steps.find((x) => x.id === id)!;
      const band = lesson.ageBands[0]!;
      return panels(lesson, step, start(lesson, band).state, everything(lesson, band), lang).length;
    };
    expect(pages('hot-city-green-city.json#summary', 'en')).toBeGreaterThan(4);
    expect(pages('my-carbon-day.json#pledge', 'en')).toBeGreaterThan(3);
  });

  it('loses nothing a student needs: every option, feedback, explanation, pledge and source is on some face', () => {
    const lost: string[] = [];
    for (const { name, lesson } of lessons) {
      const band = lesson.ageBands.at(-1)!;
      const base = start(lesson, band).state;
      const done = everything(lesson, band);
      for (const lang of lesson.languages) {
        const t = tFor(lang);
        for (const step of lesson.steps) {
          if (step.ageBands && !step.ageBands.includes(band)) continue;
          const shown = panels(lesson, step, base, done, lang).flatMap((f) => f.texts).join('\n');
          const need: string[] = [];
          if (step.type === 'quiz') {
            need.push(pick(step.question, lang), pick(step.explanation, lang), t('quiz.correct'));
            if (step.kind === 'single' || step.kind === 'multiple') for (const o of step.options) need.push(pick(o.text, lang), pick(o.feedback, lang));
          }
          if (step.type === 'pledge') need.push(...step.options.map((o) => pick(o.text, lang)));
          if (step.type === 'summary') {
            if (step.show.includes('sources')) need.push(...lesson.sources.flatMap((x) => [x.title, x.url ?? '']));
            need.push(pick(step.body, lang));
          }
          for (const text of need) if (text && !shown.includes(text)) lost.push(`${name}#${step.id} (${lang}): ${text.slice(0, 60)}`);
        }
      }
    }
    expect(lost).toEqual([]);
  });
});
