/**
 * Less to read in a headset: what one 3D panel shows at once (the lesson's text plus the app's own
 * lines: cards, figures, sources, buttons, status) stays within about 60 words, for every step of
 * every built-in lesson, in both languages, in every state a student can bring it to (before and
 * after each answer or choice, on each face or tab). Korean "words" are space-separated tokens; a
 * token counts when it holds a letter or a digit ("≈", "·", "→" do not).
 *
 * The panels' texts come from the same view models the 3D components draw: the footprint's face
 * from `footprintPanel` (which FootprintScene renders as is); the other step types' panels are put
 * together here as their components put them together (named beside each).
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { footprintPanel, footprintPanelTexts, footprintView } from '../../src/app/views/footprint.ts';
import { voiceFor } from '../../src/app/views/narration.ts';
import { pledgeView } from '../../src/app/views/pledge.ts';
import { quizStatus, quizView } from '../../src/app/views/quiz.ts';
import { sceneStatus, sceneView } from '../../src/app/views/scene.ts';
import { summaryView } from '../../src/app/views/summary.ts';
import type { Translate } from '../../src/app/views/translate.ts';
import { strings as enStrings } from '../../src/i18n/strings.en.ts';
import { strings as koStrings } from '../../src/i18n/strings.ko.ts';
import { translateIn } from '../../src/i18n/translate.ts';
import type { Language } from '../../src/lesson/common.ts';
import { loadLesson } from '../../src/lesson/load.ts';
import type { Lesson, Step } from '../../src/lesson/schema.ts';
import { start, transition } from '../../src/runner/runner.ts';
import type { AgeBand, RunnerEvent, RunnerState } from '../../src/runner/types.ts';
import { lessonFiles } from '../../scripts/lessons-check.ts';
import { LESSONS } from './lesson-helpers.ts';

/** About 60 words: what a student reads comfortably on one panel in a headset. */
const BUDGET = 60;

/** Tokens between spaces that hold a letter or a digit. */
export function countWords(text: string): number {
  return text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

const tFor = (lang: Language): Translate => {
  const lookup = lang === 'en' ? translateIn(enStrings, 'en', koStrings, 'ko') : translateIn(koStrings, 'ko');
  return (key, params) => lookup(key, params);
};

/** A panel as drawn at once: where it is, and its texts. */
interface Shown { panel: string; texts: string[] }

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

/** A student who did everything: every quiz answered, the highest footprint option chosen, pledges made. */
function everything(lesson: Lesson, band: AgeBand): RunnerState {
  let s = start(lesson, band).state;
  for (const step of lesson.steps) {
    if (step.ageBands && !step.ageBands.includes(band)) continue;
    const events: RunnerEvent[] =
      step.type === 'quiz' ? quizAnswers(step)[1]!
        : step.type === 'footprint' ? [{ type: 'choose', optionId: step.options.at(-1)!.id }]
          : step.type === 'pledge' ? step.options.slice(0, step.max).map((o) => ({ type: 'pledge', choice: { optionId: o.id } }))
            : [];
    s = at(lesson, s, step.id, events);
  }
  return s;
}

/** Every panel a step's 3D view can show, in every state reached here. */
function panels(lesson: Lesson, step: Step, base: RunnerState, done: RunnerState, lang: Language): Shown[] {
  const t = tFor(lang);
  const out: Shown[] = [];
  switch (step.type) {
    case 'narration': {
      // NarrationScene: title, body, the Listen button and one caption at a time.
      const voice = step.audio ? voiceFor(step.audio, lang) : null;
      const longest = voice ? voice.captions.reduce((a, c) => (countWords(c.text) > countWords(a) ? c.text : a), '') : '';
      out.push({ panel: 'panel', texts: [step.title[lang] ?? '', step.body[lang] ?? '', voice ? t('scene.pause') : '', longest] });
      break;
    }
    case 'scene': {
      // SceneScene: title, body, the status line and the hint; each hotspot's card is a panel of its own.
      for (const s of [at(lesson, base, step.id), at(lesson, base, step.id, step.hotspots.map((h) => ({ type: 'visit', hotspotId: h.id })))]) {
        const v = sceneView(step, s, lang);
        const status = sceneStatus(v);
        out.push({ panel: 'panel', texts: [v.title, v.body, t(status.key, status.params), v.total > 0 ? t('scene.hint3d') : ''] });
        for (const h of v.hotspots) out.push({ panel: `hotspot ${h.id}`, texts: [h.label, h.body] });
      }
      break;
    }
    case 'quiz': {
      // QuizScene: the question, each choice's button, Check, and the status lines under them.
      for (const events of quizAnswers(step)) {
        const v = quizView(step, at(lesson, base, step.id, events), null, lang, { true: t('quiz.true'), false: t('quiz.false') });
        const check = (v.kind === 'multiple' || v.kind === 'numeric') && !v.done;
        const status = quizStatus(v, step.phase).map((x) => (x.key === 'text' ? x.text ?? '' : t(x.key, x.params ?? {})));
        out.push({ panel: `panel after ${JSON.stringify(events.map((e) => (e.type === 'answer' ? e.value : e.type)))}`, texts: [v.question, ...v.choices.map((c) => c.text), check ? t('quiz.check') : '', ...status] });
      }
      break;
    }
    case 'footprint': {
      // FootprintScene: the middle panel's two faces (footprintPanel), the total against the
      // benchmarks on the left (title and each bar's label, value and share), the consequence's label.
      for (const choice of [undefined, ...step.options.map((o) => o.id)]) {
        const s = at(lesson, base, step.id, choice ? [{ type: 'choose', optionId: choice }] : []);
        const v = footprintView(lesson, step, s, lang, t);
        for (const face of ['choices', 'details'] as const) out.push({ panel: `${face} face, chosen ${choice ?? 'none'}`, texts: footprintPanelTexts(footprintPanel(v, face, t)) });
        out.push({ panel: `totals, chosen ${choice ?? 'none'}`, texts: [t('steps.footprint.totalTitle'), ...v.bars.flatMap((b) => [b.label, b.value, b.share])] });
        out.push({ panel: `consequence, chosen ${choice ?? 'none'}`, texts: [t('steps.footprint.consequence.title'), v.consequence.description, v.consequence.caption] });
      }
      break;
    }
    case 'pledge': {
      // PledgeScene: title, prompt and "up to", the tabs, the pick list (or the composer); the
      // student's pledges on the left.
      for (const s of [at(lesson, base, step.id), at(lesson, done, step.id)]) {
        const v = pledgeView(step, s, null, lang, t);
        const head = [v.title, v.prompt, t('steps.pledge.upTo', { max: v.max }), ...(v.compose ? [t('steps.pledge.pick'), t('steps.pledge.compose')] : [])];
        out.push({ panel: 'pick tab', texts: [...head, ...v.options.map((o) => o.text)] });
        const c = v.compose;
        if (c) {
          const part = (key: string, text: string) => `${t(key)}: ${text}`;
          out.push({ panel: 'compose tab', texts: [...head, part('steps.pledge.action', c.actions.find((a) => a.id === c.actionId)?.text ?? ''),
            part('steps.pledge.time', c.times.find((x) => x.id === c.timeId)?.text ?? ''), c.preview, t(c.already ? 'steps.pledge.already' : 'steps.pledge.add')] });
        }
        out.push({ panel: 'my pledges', texts: [v.mineTitle, ...(v.chosen.length ? v.chosen.map((p) => p.text) : [t('steps.pledge.none')]), v.full ? t('steps.pledge.replaced', { max: v.max }) : ''] });
      }
      break;
    }
    case 'summary': {
      // SummaryScene: the results tab and the sources tab; the total against the benchmarks on the left.
      for (const s of [at(lesson, base, step.id), at(lesson, done, step.id)]) {
        const v = summaryView(lesson, step, s, lang, t);
        const f = v.footprint;
        const savings = f ? (f.savings.length ? [t('steps.summary.biggest'), ...f.savings] : f.hasChoices ? [t('steps.summary.noSavings')] : []) : [];
        const tabs = v.sources?.length ? [t('steps.summary.results'), t('steps.summary.sources')] : [];
        out.push({ panel: 'results tab', texts: [v.title, v.body, v.score ? `${t('steps.summary.score')}: ${v.score}` : '', ...(v.gain.length ? [t('steps.summary.gain'), ...v.gain] : []), ...savings,
          ...(v.pledges ? [t('steps.summary.pledges'), ...(v.pledges.length ? v.pledges : [t('steps.summary.noPledges')])] : []), ...tabs] });
        if (v.sources?.length) out.push({ panel: 'sources tab', texts: [v.title, ...v.sources.map((x) => x.line), ...tabs] });
        if (f) out.push({ panel: 'totals', texts: [f.total, ...f.bars.flatMap((b) => [b.label, b.value, b.share])] });
      }
      break;
    }
    case 'branch':
      break; // nothing shown: the runner routes through it
  }
  return out;
}

const lessons = lessonFiles(LESSONS).map((file) => {
  const r = loadLesson(readFileSync(file, 'utf8'), relative(LESSONS, file));
  if (!r.ok) throw new Error(`${file} does not load`);
  return { name: relative(LESSONS, file), lesson: r.lesson };
});

/**
 * Panels whose components still show more than 60 words at once, with the most measured today:
 * a quiz once answered (question, every option, the option's feedback and the explanation), a
 * pledge list of many long options, the summary's results and sources. Their 3D components
 * (QuizScene, PledgeScene, SummaryScene) need faces or pages like the footprint's; until then this
 * test fails when one of them grows, when another panel goes over, or when one here fits (then
 * delete its line).
 */
const NOT_YET: Record<string, number> = {
  'clean-water-journey.json#rain-solutions-adult': 113, // quiz panel after [["storage"]] (en, adult)
  'clean-water-journey.json#pledge-adult': 62, // pledge pick tab (en, adult)
  'clean-water-journey.json#summary': 194, // summary sources tab (en, adult)
  'clean-water-journey.json#rain-solutions': 101, // quiz panel after [["storage"]] (en, middle)
  'clean-water-journey.json#pledge': 63, // pledge pick tab (en, middle)
  'hot-city-green-city.json#pre-humidity': 66, // quiz panel after ["sunny"] (en, middle)
  'hot-city-green-city.json#pre-heat-island': 94, // quiz panel after [["surfaces"]] (en, middle)
  'hot-city-green-city.json#schoolyard': 74, // quiz panel after [["trees"]] (en, middle)
  'hot-city-green-city.json#post-humidity': 62, // quiz panel after ["cars"] (en, middle)
  'hot-city-green-city.json#post-heat-island': 83, // quiz panel after [["waste-heat"]] (en, middle)
  'hot-city-green-city.json#summary': 213, // summary sources tab (en, middle)
  'me-to-my-city.json#pledge': 70, // pledge pick tab (en, middle)
  'me-to-my-city.json#summary': 177, // summary sources tab (en, middle)
  'my-carbon-day.json#pledge': 65, // pledge pick tab (en, middle)
  'my-carbon-day.json#summary': 131, // summary results tab (en, middle)
};

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

  it('measures every step of every built-in lesson', () => {
    // Every step a student meets draws a panel, but a branch (the runner routes through it).
    const met = (l: Lesson) => l.steps.filter((s) => s.type !== 'branch' && (!s.ageBands || s.ageBands.some((b) => l.ageBands.includes(b)))).length;
    expect(most.size).toBe(lessons.reduce((n, l) => n + met(l.lesson), 0));
    expect(lessons.map((l) => l.name)).toEqual(expect.arrayContaining(['my-carbon-day.json', 'clean-water-journey.json', 'hot-city-green-city.json', 'me-to-my-city.json']));
  });

  it(`keeps every panel within ${BUDGET} words (the footprint's faces, narrations, scenes, hotspot cards)`, () => {
    const over = [...most].filter(([key, m]) => m.words > BUDGET && !(key in NOT_YET)).map(([key, m]) => `${key}: ${m.words} words on ${m.where}`);
    expect(over).toEqual([]);
  });

  it('lets no panel still over the budget grow, and drops those that fit from the list', () => {
    const grew = Object.entries(NOT_YET).flatMap(([key, words]) => {
      const m = most.get(key);
      if (!m) return [`${key}: no such step any more`];
      if (m.words <= BUDGET) return [`${key} fits now (${m.words} words): delete it from NOT_YET`];
      return m.words > words ? [`${key}: ${m.words} words on ${m.where}, was ${words}`] : [];
    });
    expect(grew).toEqual([]);
  });

  it('the footprint steps, the main offender before (about 100 words), now show at most 60 on either face', () => {
    const footprints = [...most].filter(([, m]) => m.where.startsWith('footprint'));
    expect(footprints.length).toBeGreaterThan(8);
    for (const [key, m] of footprints) expect(m.words, `${key} ${m.where}`).toBeLessThanOrEqual(BUDGET);
  });
});
