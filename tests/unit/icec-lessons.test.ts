/**
 * The four ICEC lessons: they parse, every text is in Korean and English, every figure's
 * source is listed, the runner plays each to the end in both age bands, and the footprint arithmetic
 * matches the cited factors. Every lesson under lessons/: a figure the facts file (facts/) marks
 * "secondary" is shown as approximate ("about", "약", "≈").
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadLesson } from '../../src/lesson/load.ts';
import type { Lesson, Step } from '../../src/lesson/schema.ts';
import type { FootprintStep } from '../../src/lesson/steps/footprint.ts';
import type { QuizStep } from '../../src/lesson/steps/quiz.ts';
import { benchmarkShares, footprintSummary, optionKgPerChoice, optionKgPerYear } from '../../src/runner/footprint.ts';
import { canGoNext, currentStep, start, transition } from '../../src/runner/runner.ts';
import { handlerFor } from '../../src/runner/registry.ts';
import type { AgeBand, RunnerEvent, RunnerState } from '../../src/runner/types.ts';

const LESSONS = ['my-carbon-day', 'clean-water-journey', 'hot-city-green-city', 'me-to-my-city'] as const;
/** Each lesson's own version, raised when it changes. */
const VERSIONS: Record<(typeof LESSONS)[number], string> = {
  'my-carbon-day': '1.2.0', 'clean-water-journey': '1.2.3', 'hot-city-green-city': '1.1.5', 'me-to-my-city': '1.1.5',
};
/** Every lesson is for middle and high school; some are for adults too (officials' training). */
const ADULT: readonly string[] = ['clean-water-journey'];

function read(id: string): Lesson {
  const text = readFileSync(new URL(`../../lessons/${id}.json`, import.meta.url), 'utf8');
  const r = loadLesson(text);
  if (!r.ok) throw new Error(`${id}: ${r.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  return r.lesson;
}

const raw = (id: string): unknown => JSON.parse(readFileSync(new URL(`../../lessons/${id}.json`, import.meta.url), 'utf8'));

/** Every `{ "ko", "en" }` object in the file, with its JSON path and the key it sits under. */
function localizedTexts(v: unknown, path = '', key = ''): { path: string; key: string; ko?: unknown; en?: unknown }[] {
  if (Array.isArray(v)) return v.flatMap((x, i) => localizedTexts(x, `${path}[${i}]`, key));
  if (typeof v !== 'object' || v === null) return [];
  const o = v as Record<string, unknown>;
  const keys = Object.keys(o);
  if (keys.length > 0 && keys.every((k) => k === 'ko' || k === 'en')) return [{ path, key, ko: o.ko, en: o.en }];
  return keys.flatMap((k) => localizedTexts(o[k], `${path}.${k}`, k));
}

function apply(lesson: Lesson, state: RunnerState, event: RunnerEvent): RunnerState {
  const t = transition(lesson, state, event);
  const rejected = t.effects.find((e) => e.type === 'rejected');
  expect(rejected, `${state.stepId}: ${JSON.stringify(event)} was rejected`).toBeUndefined();
  return t.state;
}

/** Plays a lesson as a diligent student: right answers, first option, first pledge, every hotspot, every item in its bin. */
function play(lesson: Lesson, band: AgeBand): { state: RunnerState; shown: Step[] } {
  let state = start(lesson, band).state;
  const shown: Step[] = [];
  for (let guard = 0; guard <= lesson.steps.length + 1; guard++) {
    const step = currentStep(lesson, state);
    shown.push(step);
    // What a diligent student does on this step, as its type says (src/runner/steps/).
    for (const event of handlerFor(step).diligent?.(step, state) ?? []) state = apply(lesson, state, event);
    // Entering the summary finishes the lesson; there is no "next" from it.
    if (state.finished) return { state, shown };
    expect(canGoNext(lesson, state), `${lesson.id} (${band}): stuck at "${step.id}"`).toBe(true);
    state = apply(lesson, state, { type: 'next' });
  }
  throw new Error(`${lesson.id} (${band}): did not reach the end`);
}

const footprints = (lesson: Lesson): FootprintStep[] => lesson.steps.filter((s): s is FootprintStep => s.type === 'footprint');

describe.each(LESSONS)('ICEC lesson %s', (id) => {
  const lesson = read(id);

  it('parses, has both languages, both school age bands (and adults where meant) and a summary last', () => {
    expect(lesson.id).toBe(id);
    expect(lesson.formatVersion).toBe(1);
    expect(lesson.version).toBe(VERSIONS[id]);
    expect([...lesson.languages].sort()).toEqual(['en', 'ko']);
    expect([...lesson.ageBands].sort()).toEqual(ADULT.includes(id) ? ['adult', 'high', 'middle'] : ['high', 'middle']);
    expect(lesson.minutes).toBeGreaterThanOrEqual(10);
    expect(lesson.minutes).toBeLessThanOrEqual(15);
    expect(lesson.objectives.length).toBeGreaterThanOrEqual(3);
    expect(lesson.steps[lesson.steps.length - 1]!.type).toBe('summary');
  });

  it('has every text in Korean and English', () => {
    const texts = localizedTexts(raw(id));
    expect(texts.length).toBeGreaterThan(20);
    for (const t of texts) {
      expect(typeof t.ko === 'string' && t.ko.trim().length > 0, `${t.path}: Korean`).toBe(true);
      expect(typeof t.en === 'string' && t.en.trim().length > 0, `${t.path}: English`).toBe(true);
    }
  });

  it('keeps panels short enough to read in a headset', () => {
    const panelKeys = new Set(['body', 'question', 'explanation', 'prompt', 'feedback']);
    for (const t of localizedTexts(raw(id))) {
      const en = String(t.en);
      const ko = String(t.ko);
      if (panelKeys.has(t.key)) {
        expect(en.split(/\s+/).length, `${t.path}: English words`).toBeLessThanOrEqual(40);
        expect(ko.length, `${t.path}: Korean characters`).toBeLessThanOrEqual(120);
      } else if (t.key !== 'summary' && t.key !== 'objectives') {
        expect(en.split(/\s+/).length, `${t.path}: English words`).toBeLessThanOrEqual(12);
        expect(ko.length, `${t.path}: Korean characters`).toBeLessThanOrEqual(30);
      }
    }
  });

  it('cites a listed source for every footprint factor and benchmark', () => {
    const sources = new Map(lesson.sources.map((s) => [s.id, s]));
    expect(sources.size).toBe(lesson.sources.length);
    for (const step of footprints(lesson)) {
      for (const o of step.options) {
        const s = sources.get(o.source);
        expect(s, `${step.id}.${o.id}: source "${o.source}"`).toBeDefined();
        // A factor from a secondary source is shown as approximate.
        if (s!.status === 'secondary') expect(o.approximate, `${step.id}.${o.id}: approximate`).toBe(true);
      }
    }
    for (const b of lesson.benchmarks) {
      const s = sources.get(b.source);
      expect(s, `benchmark ${b.id}: source "${b.source}"`).toBeDefined();
      if (s!.status === 'secondary') expect(b.approximate, `benchmark ${b.id}: approximate`).toBe(true);
    }
  });

  it('compares footprints with Korea\'s average and the 1.5 °C lifestyle target, per person, in kg', () => {
    // kr_pc_2023: 12 t CO2e per person (2023); lifestyle_target: 2.5 t by 2030. Both secondary.
    expect(Object.fromEntries(lesson.benchmarks.map((b) => [b.id, b.kgPerYear]))).toEqual({ 'korea-average': 12_000, 'lifestyle-2030': 2_500 });
    const sources = Object.fromEntries(lesson.sources.map((s) => [s.id, s]));
    expect(lesson.benchmarks.map((b) => [b.source, sources[b.source]?.url])).toEqual([
      ['gir-2023', 'https://www.ajupress.com/view/20240910142222008'],
      ['lifestyles-1-5', 'https://hotorcool.org/hc-projects/1-5-degree-lifestyles-2/'],
    ]);
    for (const b of lesson.benchmarks) expect(b.approximate, b.id).toBe(true);
  });

  it('has matching pre and post questions, a footprint choice and a pledge', () => {
    const quizzes = lesson.steps.filter((s): s is QuizStep => s.type === 'quiz');
    const pre = quizzes.filter((q) => q.phase === 'pre').map((q) => q.measure);
    const post = quizzes.filter((q) => q.phase === 'post').map((q) => q.measure);
    expect(pre.length).toBeGreaterThan(0);
    expect(pre.every((m) => m !== undefined)).toBe(true);
    expect([...pre].sort()).toEqual([...post].sort());
    expect(footprints(lesson).length).toBeGreaterThan(0);
    expect(lesson.steps.some((s) => s.type === 'pledge')).toBe(true);
  });

  it('uses only built-in props, at most 40 per scene, with hotspots 2–4 m in front', () => {
    for (const step of lesson.steps) {
      if (step.type !== 'scene') continue;
      expect(step.props.length, step.id).toBeLessThanOrEqual(40);
      for (const p of step.props) expect(p.model, step.id).not.toMatch(/\.(glb|gltf)$/);
      for (const h of step.hotspots) {
        const [x, y, z] = h.position;
        const d = Math.hypot(x, z);
        expect(z, `${step.id}.${h.id}`).toBeLessThan(0);
        expect(d, `${step.id}.${h.id}`).toBeGreaterThanOrEqual(2);
        expect(d, `${step.id}.${h.id}`).toBeLessThanOrEqual(4);
        expect(y, `${step.id}.${h.id}`).toBeGreaterThan(0.5);
        expect(y, `${step.id}.${h.id}`).toBeLessThan(2.2);
      }
    }
  });

  it.each([...lesson.ageBands] as AgeBand[])('plays to the end for the %s band', (band) => {
    const { state, shown } = play(lesson, band);
    expect(state.finished).toBe(true);
    expect(shown[shown.length - 1]!.type).toBe('summary');
    // Every step meant for this band was shown, once.
    const meant = lesson.steps.filter((s) => s.type !== 'branch' && (!s.ageBands || s.ageBands.includes(band)));
    expect(shown.map((s) => s.id)).toEqual(meant.map((s) => s.id));
    // The total is the sum of the chosen options, each quantity × factor × timesPerYear.
    const summary = footprintSummary(lesson, state);
    const expected = footprints(lesson)
      .filter((s) => !s.ageBands || s.ageBands.includes(band))
      .reduce((sum, s) => sum + s.options[0]!.quantity * s.options[0]!.factor * s.timesPerYear, 0);
    expect(summary.totalKgPerYear).toBeCloseTo(expected, 6);
  });
});

describe('ICEC lesson figures', () => {
  it('my carbon day: 4 km by car alone is 4 × 192 g, every day of the year', () => {
    const lesson = read('my-carbon-day');
    const step = lesson.steps.find((s): s is FootprintStep => s.id === 'travel-choice')!;
    const car = step.options.find((o) => o.id === 'car')!;
    // OWID / UK BEIS: medium petrol car, one occupant, 192 g CO2e per passenger-km.
    expect(car.factor).toBe(192 / 1000);
    expect(car.quantity).toBe(4);
    expect(step.timesPerYear).toBe(365);
    expect(optionKgPerChoice(car)).toBeCloseTo(0.768, 9);
    expect(optionKgPerYear(step, car)).toBeCloseTo(280.32, 6);
    // The narration rounds these: "≈ 0.77 kg a day, about 280 kg a year".
    const walk = step.options.find((o) => o.id === 'walk')!;
    expect(optionKgPerYear(step, walk)).toBe(0);
  });

  it('my carbon day: 100 g of beef is 0.1 kg × 99.48 kg CO2e per kg', () => {
    const lesson = read('my-carbon-day');
    const step = lesson.steps.find((s): s is FootprintStep => s.id === 'lunch-choice')!;
    const beef = step.options.find((o) => o.id === 'beef')!;
    expect(beef.factor).toBe(99.48);
    expect(optionKgPerChoice(beef)).toBeCloseTo(9.948, 9); // "≈ 9.9 kg CO2e"
  });

  it('my carbon day: electricity uses Korea 2023 grid factor, marked approximate', () => {
    const lesson = read('my-carbon-day');
    const step = lesson.steps.find((s): s is FootprintStep => s.id === 'power-choice')!;
    for (const o of step.options) {
      expect(o.factor).toBe(0.4173);
      expect(o.approximate).toBe(true);
    }
  });

  it('my carbon day: benchmarks are 12 t and 2.5 t per person, in kg', () => {
    const lesson = read('my-carbon-day');
    expect(Object.fromEntries(lesson.benchmarks.map((b) => [b.id, b.kgPerYear]))).toEqual({ 'korea-average': 12_000, 'lifestyle-2030': 2_500 });
    const shares = benchmarkShares(lesson, 1200);
    expect(shares.find((s) => s.id === 'korea-average')!.share).toBeCloseTo(0.1, 9);
  });

  it('clean water: the daily quantity is 303.9 L × the source energy per m³', () => {
    const lesson = read('clean-water-journey');
    const step = lesson.steps.find((s): s is FootprintStep => s.id === 'supply-choice')!;
    const perM3 = { river: 0.37, groundwater: 0.48, reuse: 1, desalination: 2.58 } as Record<string, number>;
    for (const o of step.options) expect(o.quantity).toBeCloseTo(0.3039 * perM3[o.id]!, 9);
  });

  it('clean water: the plants to choose from treat 303.9 L a day at 0.26–0.84 kWh per m³ (high school and adults)', () => {
    const lesson = read('clean-water-journey');
    // ww_energy: 0.26–0.84 kWh/m³; averages UK 0.64, USA 0.45 (secondary).
    const perM3 = { 'low-end': 0.26, usa: 0.45, uk: 0.64, 'high-end': 0.84 } as Record<string, number>;
    for (const [id, band] of [['treatment-choice', 'high'], ['treatment-design', 'adult']] as const) {
      const step = lesson.steps.find((s): s is FootprintStep => s.id === id)!;
      expect(step.ageBands).toEqual([band]);
      expect(step.options.map((o) => o.id)).toEqual(Object.keys(perM3));
      for (const o of step.options) {
        expect(o.quantity, `${id}.${o.id}`).toBeCloseTo(0.3039 * perM3[o.id]!, 9);
        expect([o.factor, o.source, o.approximate]).toEqual([0.4173, 'kr-grid-2023', true]);
      }
    }
  });

  it('clean water: adults read their own welcome, energy, rain, quiz and pledge steps, and share the rest', () => {
    const lesson = read('clean-water-journey');
    const path = (band: AgeBand) => play(lesson, band).shown.map((s) => s.id);
    const adult = path('adult');
    expect(adult).toEqual(expect.arrayContaining(['welcome-adult', 'treatment-design', 'energy-note-adult', 'heavy-rain-adult', 'rain-solutions-adult', 'pledge-adult']));
    expect(adult).not.toEqual(expect.arrayContaining(['welcome']));
    for (const band of ['middle', 'high'] as const) expect(path(band).filter((s) => s.endsWith('-adult') || s === 'treatment-design'), band).toEqual([]);
    // Both ways share the plant's scenes, the pre/post questions and the summary.
    for (const shared of ['pre-biology', 'pre-storm', 'headworks', 'biology', 'outfall', 'supply-choice', 'storm', 'post-biology', 'post-storm', 'summary']) {
      expect(adult, shared).toContain(shared);
      expect(path('middle'), shared).toContain(shared);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Secondary figures are shown as approximate

/** The sourced facts every lesson figure comes from, kept in the repository (facts/README.md). */
const FACTS = fileURLToPath(new URL('../../facts/climate-facts.json', import.meta.url));

interface Fact {
  id: string;
  status: 'verified' | 'secondary' | 'derived' | 'unverified';
  value: unknown;
  fact?: string;
  note?: string;
  year?: unknown;
}

function readFacts(): Fact[] {
  if (!existsSync(FACTS)) {
    throw new Error(`the facts file ${FACTS} was not found: it belongs in the repository (facts/climate-facts.json)`);
  }
  const facts = JSON.parse(readFileSync(FACTS, 'utf8')) as unknown;
  if (!Array.isArray(facts) || !facts.every((f) => typeof f?.id === 'string' && typeof f?.status === 'string')) {
    throw new Error(`${FACTS}: expected an array of facts, each with an "id" and a "status"`);
  }
  return facts as Fact[];
}

/** Numbers in a text, "650,000" read as 650000; each with where it starts and ends. */
const NUMBER = /(?<![\w.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\w.,])\d+(?:\.\d+)?/g;
function numbersIn(text: string): { value: number; start: number; end: number }[] {
  return [...text.matchAll(NUMBER)].map((m) => ({ value: Number(m[0].replaceAll(',', '')), start: m.index, end: m.index + m[0].length }));
}

/**
 * Numbers that can be told apart as a figure without their unit: not a year (1800–2100), not a
 * single-digit integer ("1 m³", "4 km", "the 2nd hottest"), not "1.5" (the name of the 1.5 °C goal).
 */
const telling = (n: number) => !(Number.isInteger(n) && (n < 10 || (n >= 1800 && n <= 2100))) && n !== 1.5;

/**
 * Every figure of a secondary fact (its value, and the numbers in its fact, note and year text), with
 * the facts it comes from. A number that is also in a verified fact (say 31 g for the metro, or
 * 9.9 kg for chicken) could be either, so it is left out.
 */
function secondaryFigures(facts: Fact[]): Map<number, string[]> {
  const figures = (f: Fact) => [f.value, f.fact, f.note, f.year].flatMap((v) => (v == null ? [] : numbersIn(String(v)).map((n) => n.value))).filter(telling);
  const verified = new Set(facts.filter((f) => f.status === 'verified').flatMap(figures));
  const out = new Map<number, string[]>();
  for (const f of facts) {
    if (f.status !== 'secondary') continue;
    for (const n of figures(f)) if (!verified.has(n)) out.set(n, [...new Set([...(out.get(n) ?? []), f.id])]);
  }
  return out;
}

/** "about", "approximately", "around", "roughly", "nearly", "almost", "≈", or 약 as a word. */
const MARK_BEFORE = /\b(?:about|approximately|around|roughly|nearly|almost)\b|≈|(?<![가-힣])약(?![가-힣])/i;
/** Korean markers that follow the number: "43일 정도", "약" aside. */
const MARK_AFTER = /^\s*[^\s.!?]{0,6}\s*(?:정도|가량|쯤|안팎)/;
/** How far before the number (in the same sentence) a marker still counts as "nearby". */
const NEAR = 40;

/** True when the number at `start`..`end` of `text` is marked approximate. */
function markedApproximate(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - NEAR), start).split(/[.!?](?=\s)/).pop()!;
  return MARK_BEFORE.test(before) || MARK_AFTER.test(text.slice(end));
}

/** The secondary figures in `text` that have no approximate marker nearby. */
function unmarked(text: string, figures: Map<number, string[]>): { value: number; facts: string[]; context: string }[] {
  return numbersIn(text)
    .filter((n) => figures.has(n.value) && !/^(?:st|nd|rd|th|번째)/.test(text.slice(n.end)) && !markedApproximate(text, n.start, n.end))
    .map((n) => ({ value: n.value, facts: figures.get(n.value)!, context: text.slice(Math.max(0, n.start - 30), n.end + 12) }));
}

function lessonFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.json') && !f.endsWith('lesson.schema.json'))
    .map((f) => f.split('\\').join('/'))
    .sort();
}

describe('secondary figures', () => {
  it('reads the facts file, with the grid factor as a secondary figure', () => {
    const figures = secondaryFigures(readFacts());
    expect(figures.get(0.4173)).toEqual(['kr_grid_2023']);
    expect(figures.get(303.9)).toEqual(['kr_tapwater']);
    // Verified figures and years are not in the list.
    expect(figures.has(1.09)).toBe(false);
    expect(figures.has(2023)).toBe(false);
  });

  it('finds a secondary figure without "about" or "약" nearby, and only that', () => {
    const figures = new Map([[0.4173, ['kr_grid_2023']], [303.9, ['kr_tapwater']], [650_000, ['gj_wwtp1']]]);
    expect(unmarked("Korea's grid: 0.4173 kg CO2e per kWh.", figures).map((u) => u.value)).toEqual([0.4173]);
    expect(unmarked("Korea's grid: about 0.4173 kg CO2e per kWh.", figures)).toEqual([]);
    expect(unmarked('Korea: ≈0.4173 kg. Water: 303.9 L a day.', figures).map((u) => u.value)).toEqual([303.9]);
    expect(unmarked('한국 전력은 kWh당 0.4173 kg이에요.', figures).map((u) => u.value)).toEqual([0.4173]);
    expect(unmarked('한국 전력은 kWh당 약 0.4173 kg, 물은 하루 303.9 L 정도예요.', figures)).toEqual([]);
    // 절약 ("saving") is not 약 ("about").
    expect(unmarked('절약하면 0.4173 kg', figures).map((u) => u.value)).toEqual([0.4173]);
    // A marker in an earlier sentence does not count.
    expect(unmarked('About 20 stations. The grid: 0.4173 kg.', figures).map((u) => u.value)).toEqual([0.4173]);
    expect(unmarked('Inflow rose above 650,000 m³.', figures).map((u) => u.value)).toEqual([650_000]);
  });

  it.each(lessonFiles(fileURLToPath(new URL('../../lessons/', import.meta.url))))('lessons/%s marks every secondary figure approximate', (file) => {
    const figures = secondaryFigures(readFacts());
    const json = JSON.parse(readFileSync(new URL(`../../lessons/${file}`, import.meta.url), 'utf8')) as unknown;
    const found = localizedTexts(json).flatMap((t) =>
      (['ko', 'en'] as const).flatMap((lang) =>
        typeof t[lang] === 'string' ? unmarked(t[lang], figures).map((u) => `${t.path}.${lang}: ${u.value} (${u.facts.join(', ')}) in "…${u.context}…"`) : []));
    expect(found, 'secondary figures need "about" / "약" / "≈" before them').toEqual([]);
  });
});
