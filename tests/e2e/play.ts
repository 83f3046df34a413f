import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { formatKg, formatNumber } from '../../src/app/views/numbers.ts';
import type { Language } from '../../src/lesson/common.ts';
import { loadLesson } from '../../src/lesson/load.ts';
import type { Lesson, Step } from '../../src/lesson/schema.ts';
import type { FootprintStep } from '../../src/lesson/steps/footprint.ts';
import type { PledgeStep } from '../../src/lesson/steps/pledge.ts';
import type { QuizStep } from '../../src/lesson/steps/quiz.ts';
import type { SceneStep } from '../../src/lesson/steps/scene.ts';
import type { SortStep } from '../../src/lesson/steps/sort.ts';
import type { SummaryStep } from '../../src/lesson/steps/summary.ts';
import { pick } from '../../src/lesson/text.ts';
import { footprintSummary } from '../../src/runner/footprint.ts';
import { currentStep, start, transition } from '../../src/runner/runner.ts';
import { score } from '../../src/runner/score.ts';
import type { AgeBand, RunnerEvent, RunnerState } from '../../src/runner/types.ts';
import { baseUrl, readyForPicture, scene3dHasText, waitForObject } from './browser.ts';
import { clickWithController, xrFrames } from './xr.ts';

/**
 * One generic player for every lesson: it reads the lesson file from disk (the fixture tells it the
 * right answers), asks the runner where a student who answers so must land next, and drives the app
 * either with the keyboard alone through the DOM layer or with controller clicks on the 3D objects in
 * emulated VR. After every action it checks what the student would notice: the step changes to the
 * right one, feedback appears, the count of found hotspots, the running total, the pledge list, and
 * at the end the finished notice and the summary's score and footprint.
 */

const ROOT = new URL('../../', import.meta.url).pathname;

/** expect.poll with room for a loaded two-core machine (3D text is laid out in a worker). */
const poll = <T>(fn: () => Promise<T> | T, opts: { message?: string; timeout?: number } = {}) =>
  expect.poll(fn, { timeout: 15_000, interval: 50, ...opts });

export interface LessonCase {
  /** The route id: the path under lessons/ without ".json", e.g. "examples/example-quiz". */
  id: string;
  lesson: Lesson;
}

/** Every lesson file under lessons/ (recursively), as the app's catalog lists them. */
export function lessonCases(): LessonCase[] {
  const dir = join(ROOT, 'lessons');
  const files = (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.json') && f !== 'lesson.schema.json')
    .map((f) => join(dir, f))
    .sort();
  return files.map((file) => {
    const rel = relative(dir, file).split('\\').join('/');
    const loaded = loadLesson(readFileSync(file, 'utf8'), `lessons/${rel}`);
    if (!loaded.ok) throw new Error(`lessons/${rel} does not load: ${loaded.problems.map((p) => p.message).join('; ')}`);
    return { id: rel.replace(/\.json$/, ''), lesson: loaded.lesson };
  });
}

/** The few UI words the player reads or presses, as the student sees them. */
export const WORDS = {
  ko: {
    next: '다음', check: '정답 확인', true: '맞다', false: '아니다', correct: '정답이에요!', finished: '수업을 마쳤어요!',
    middle: '중학생', high: '고등학생', adult: '성인·공무원 연수',
    lookAt: (label: string) => `살펴보기: ${label}`,
    allFound: (n: number) => `모두 찾았어요! (${n}/${n})`,
    kgPerYear: (kg: string) => `1년 ${kg} kg CO₂e`,
    points: (p: string, max: string) => `${p} / ${max}점`,
    total: (kg: string) => `나의 1년: ${kg} kg CO₂e`,
    binOf: (item: string) => `${item}: 어느 통에 버릴까요?`,
    sortRight: (item: string, bin: string) => `맞아요! ${item} → ${bin}`,
    sortWrong: (item: string, bin: string) => `${item} → ${bin}: 아니에요.`,
    allSorted: '모두 분리했어요!',
  },
  en: {
    next: 'Next', check: 'Check answer', true: 'True', false: 'False', correct: 'Correct!', finished: 'You finished the lesson!',
    middle: 'Middle school', high: 'High school', adult: 'Adults / officials\' training',
    lookAt: (label: string) => `Look at: ${label}`,
    allFound: (n: number) => `All found! (${n}/${n})`,
    kgPerYear: (kg: string) => `${kg} kg CO₂e a year`,
    points: (p: string, max: string) => `${p} / ${max} points`,
    total: (kg: string) => `Your year: ${kg} kg CO₂e`,
    binOf: (item: string) => `${item}: which bin?`,
    sortRight: (item: string, bin: string) => `Right! ${item} → ${bin}`,
    sortWrong: (item: string, bin: string) => `${item} → ${bin}: not this one.`,
    allSorted: 'All sorted!',
  },
} as const;

export type Mode = 'keyboard' | 'vr';

export interface PlayOptions {
  lang: Language;
  band: AgeBand;
  /**
   * In VR, what presses: the emulated controller's ray and trigger (default), or the DOM layer's
   * controls clicked directly, for long lessons whose every step type is pressed with the controller
   * elsewhere (the example lessons): the student is still in the emulated headset and every step is
   * still checked in 3D.
   */
  vrPress?: 'controller' | 'dom';
  /** Screenshots of the first step of each type (and quiz kind), as `.tmp/screens/<prefix>-<type>.png`. */
  screens?: string;
}

export interface PlayReport {
  /** The steps shown, in order. */
  path: string[];
  screens: string[];
}

const stepOf = (page: Page) => page.locator('[data-step]');
const finishedNotice = (page: Page, lang: Language) => page.locator('.notice.done[role="status"]').filter({ hasText: WORDS[lang].finished });

/** True while the page shows step `id` of type `type`. */
function showing(page: Page, id: string, type: string): Promise<boolean> {
  return page.evaluate(([i, t]) => {
    const el = document.querySelector<HTMLElement>('[data-step]');
    return !!el && el.dataset.step === i && el.dataset.stepType === t;
  }, [id, type]);
}

function hasObject(page: Page, name: string): Promise<boolean> {
  return page.evaluate((n) => !!(window as unknown as { __climatexr?: { scene: { getObjectByName(n: string): unknown } } }).__climatexr?.scene.getObjectByName(n), name);
}

// ---------------------------------------------------------------------------------------------
// Keyboard

/**
 * Moves focus to `target` with Tab (or Shift+Tab when it lies before the focused element) and fails
 * when it never gets there: proves the control is reachable from the keyboard.
 */
export async function tabTo(page: Page, target: Locator, max = 60): Promise<void> {
  const handle = await target.elementHandle({ timeout: 10_000 });
  if (!handle) throw new Error(`no element for ${target.toString()}`);
  const where = () => handle.evaluate((el) => {
    const a = document.activeElement;
    if (el === a) return 0;
    if (!a || a === document.body) return 1;
    return a.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING ? -1 : 1;
  });
  let dir = await where();
  for (let i = 0; i < max && dir !== 0; i++) {
    await page.keyboard.press(dir > 0 ? 'Tab' : 'Shift+Tab');
    dir = await where();
  }
  if (dir !== 0) throw new Error(`Tab never reached ${target.toString()}`);
}

/** Tabs to a control and presses a key on it. */
async function press(page: Page, target: Locator, key: 'Enter' | 'Space' = 'Enter'): Promise<void> {
  await poll(() => target.isEnabled()).toBe(true);
  await tabTo(page, target);
  await page.keyboard.press(key);
}

/**
 * Opens a lesson with the keyboard alone: the nickname typed into its field and Create pressed, then
 * the age band. The UI language is the one remembered on this device (set by the caller).
 */
export async function startLessonByKeyboard(page: Page, id: string, lang: Language, band: AgeBand, nickname = '초록별'): Promise<void> {
  await page.goto(`${baseUrl()}?e2e#/lesson/${id}`);
  const field = page.getByLabel(/별명|Nickname/);
  await field.waitFor({ timeout: 30_000 });
  await tabTo(page, field);
  await page.keyboard.type(nickname);
  await press(page, page.getByRole('button', { name: /^(만들기|Create)$/ }));
  const bandButton = page.getByRole('button', { name: WORDS[lang][band], exact: true });
  await bandButton.or(stepOf(page)).first().waitFor({ timeout: 30_000 });
  if (await bandButton.count()) await press(page, bandButton);
  await stepOf(page).waitFor({ timeout: 30_000 });
}

// ---------------------------------------------------------------------------------------------
// VR

/**
 * A controller click, checked: presses again (at most twice more) when the emulated session did not
 * take it, which happens now and then when SwiftShader draws both eyes slowly. Every press still goes
 * through the ray and the trigger; `done` says whether the click had its effect.
 */
export async function clickUntil(page: Page, name: string, done: () => Promise<boolean>): Promise<void> {
  await waitForObject(page, name);
  for (let attempt = 0; attempt < 3; attempt++) {
    const c0 = Date.now();
    await clickWithController(page, name);
    // A press the session sampled shows within a frame or two; wait for frames, not for time (on a
    // loaded machine frames come seconds apart), before pressing again (a second press on an open
    // hotspot would close its card).
    for (let frames = 0; frames < 10; frames++) {
      if (await done()) {
        if (process.env.PLAY_TRACE) console.log(`  click ${name}: ${Date.now() - c0} ms${attempt ? ` (attempt ${attempt + 1})` : ''}`);
        return;
      }
      await xrFrames(page, 1);
    }
  }
  throw new Error(`clicking ${name} in VR had no effect`);
}

/**
 * Opens a lesson (nickname and age band with the keyboard, in the page), then enters VR with the
 * Enter-VR button (focused with Tab, pressed with Enter).
 */
export async function startLessonInVR(page: Page, id: string, lang: Language, band: AgeBand): Promise<void> {
  await startLessonByKeyboard(page, id, lang, band);
  // The 3D view is up (as a student would see before pressing): pressed before the canvas is
  // connected, Enter VR fails with "VR could not start" although the button is enabled.
  await waitForObject(page, 'nav:next');
  await press(page, page.getByRole('button', { name: /VR/ }));
  const why = page.locator('#vr-why');
  await poll(async () => (await page.evaluate(() => !!(window as unknown as { __xrDevice: { activeSession?: unknown } }).__xrDevice.activeSession)) || (await why.count() ? await why.textContent() : false)).toBe(true);
  await lookDown(page, PLAY_PITCH);
}

/**
 * Where the emulated head looks: `pitch` degrees down from level, straight ahead. Gaze dwell (5°, 1 s)
 * visits a hotspot the student looks at, and a press on a hotspot whose card is open closes it; the
 * player looks a little down (at the panel, below every hotspot) so that only its clicks visit them.
 */
function lookDown(page: Page, pitch: number): Promise<void> {
  const half = (-pitch * Math.PI) / 360;
  return page.evaluate(([x, w]) => (window as unknown as { __xrDevice: { quaternion: { set(x: number, y: number, z: number, w: number): void } } }).__xrDevice.quaternion.set(x!, 0, 0, w!), [Math.sin(half), Math.cos(half)]);
}
const PLAY_PITCH = 25;

/**
 * A picture of the emulated headset's view at `size` with the head level, whatever size the session
 * runs at: IWER draws into the page's canvas and takes each view's viewport from the canvas size every
 * frame, so the canvas is enlarged for two frames, photographed, and put back.
 */
export async function vrScreenshot(page: Page, path: string, size = { width: 1280, height: 800 }): Promise<void> {
  const small = page.viewportSize()!;
  const resize = (z: { width: number; height: number }) => page.evaluate(([w, h]) => {
    const c = (window as unknown as { __climatexr: { gl: { domElement: HTMLCanvasElement } } }).__climatexr.gl.domElement;
    c.width = w!;
    c.height = h!;
    c.style.width = `${w}px`;
    c.style.height = `${h}px`;
  }, [z.width, z.height]);
  await page.setViewportSize(size);
  await resize(size);
  await lookDown(page, 0);
  await xrFrames(page, 2);
  await page.screenshot({ path });
  await lookDown(page, PLAY_PITCH);
  await page.setViewportSize(small);
  await resize(small);
  await xrFrames(page, 1);
}

// ---------------------------------------------------------------------------------------------
// The player

interface Ctx {
  page: Page;
  mode: Mode;
  /** How a press is made: Tab and a key, the controller in VR, or a click on the DOM control. */
  press: 'keyboard' | 'controller' | 'click';
  lang: Language;
  lesson: Lesson;
  /** The runner's state for a student doing what the player does: where the app must be. */
  state: RunnerState;
}

/** Applies an event to the oracle state; the player only sends events the runner accepts. */
function apply(ctx: Ctx, event: RunnerEvent): void {
  const t = transition(ctx.lesson, ctx.state, event);
  const rejected = t.effects.find((e) => e.type === 'rejected');
  if (rejected) throw new Error(`the runner refuses ${JSON.stringify(event)} on ${ctx.state.stepId}: ${rejected.type === 'rejected' ? rejected.reason : ''}`);
  ctx.state = t.state;
}

const within = (ctx: Ctx) => stepOf(ctx.page);

/**
 * One press of a control, the way this run presses: the named 3D object with the controller (checked
 * by `done`, pressed again if the session missed it), the DOM control with Tab and `key`, or the DOM
 * control's click.
 */
async function act(ctx: Ctx, target: { object: string; dom: Locator; key?: 'Enter' | 'Space'; done: () => Promise<boolean> }): Promise<void> {
  if (ctx.press === 'controller') return clickUntil(ctx.page, target.object, target.done);
  if (ctx.press === 'keyboard') return press(ctx.page, target.dom, target.key);
  // In the headset the emulator's canvas lies over the page: the control is activated as a screen
  // reader or a script would, not through the mouse.
  await poll(() => target.dom.isEnabled()).toBe(true);
  await target.dom.dispatchEvent('click');
}

async function quiz(ctx: Ctx, step: QuizStep): Promise<void> {
  const { page, lang } = ctx;
  const w = WORDS[lang];
  const feedback = within(ctx).locator('.feedback');
  const answered = async () => (await feedback.getAttribute('class'))?.includes('ok') ?? false;
  const check = { object: 'answer:check', dom: within(ctx).getByRole('button', { name: w.check, exact: true }), done: answered };
  if (step.kind === 'single' || step.kind === 'truefalse') {
    // The right option's id and text, or True / False.
    const right = step.kind === 'single'
      ? (({ id, text }) => ({ value: id as string | boolean, key: id, text: pick(text, lang) }))(step.options.find((o) => o.correct)!)
      : { value: step.answer, key: String(step.answer), text: step.answer ? w.true : w.false };
    await act(ctx, { object: `answer:${right.key}`, dom: within(ctx).getByRole('button', { name: right.text, exact: true }), done: answered });
    apply(ctx, { type: 'answer', value: right.value });
  } else if (step.kind === 'multiple') {
    const right = step.options.filter((o) => o.correct);
    for (const o of right) {
      const button = within(ctx).getByRole('button', { name: pick(o.text, lang), exact: true });
      const pressed = async () => (await button.getAttribute('aria-pressed')) === 'true';
      await act(ctx, { object: `answer:${o.id}`, dom: button, key: 'Space', done: pressed });
      await poll(pressed).toBe(true);
    }
    await act(ctx, check);
    apply(ctx, { type: 'answer', value: right.map((o) => o.id) });
  } else {
    // Numeric: the slider (or the 3D − / + buttons) moved step by step to within the tolerance.
    const slider = within(ctx).getByRole('slider');
    const value = async () => Number(await slider.inputValue());
    if (ctx.press === 'keyboard') await tabTo(page, slider);
    else if (ctx.press === 'click') await slider.focus();
    for (let i = 0; i < 400; i++) {
      const v = await value();
      if (Math.abs(v - step.answer) <= step.tolerance + 1e-9) break;
      const up = v < step.answer;
      if (ctx.press === 'controller') await clickUntil(page, up ? 'numeric:up' : 'numeric:down', async () => (await value()) !== v);
      else {
        await page.keyboard.press(up ? 'ArrowRight' : 'ArrowLeft');
        await poll(value).not.toBe(v);
      }
    }
    const chosen = await value();
    expect(Math.abs(chosen - step.answer)).toBeLessThanOrEqual(step.tolerance + 1e-9);
    // What the student reads beside the slider follows it.
    await poll(() => within(ctx).locator('.numeric output').textContent()).toBe(`${chosen} ${pick(step.unit, lang)}`);
    await act(ctx, check);
    apply(ctx, { type: 'answer', value: chosen });
  }
  // Right, says the DOM layer (and the 3D panel), with the lesson's explanation.
  expect(ctx.state.quiz[step.id]?.correct, `${step.id}: the runner takes the answer as right`).toBe(true);
  await poll(answered).toBe(true);
  await poll(() => feedback.textContent()).toContain(w.correct);
  await poll(() => feedback.textContent()).toContain(pick(step.explanation, lang));
  await poll(() => scene3dHasText(page, w.correct)).toBe(true);
}

async function scene(ctx: Ctx, step: SceneStep): Promise<void> {
  const { page, lang } = ctx;
  for (const h of step.hotspots) {
    const body = within(ctx).locator(`[id="hotspot-${step.id}-${h.id}"]`);
    const shown = () => body.isVisible();
    await act(ctx, { object: `hotspot:${h.id}`, dom: within(ctx).getByRole('button', { name: WORDS[lang].lookAt(pick(h.label, lang)) }), done: shown });
    apply(ctx, { type: 'visit', hotspotId: h.id });
    // The hotspot's text is shown, under its button and on its card in 3D.
    await poll(() => body.textContent()).toBe(pick(h.body, lang));
    await poll(() => hasObject(page, `hotspot-card:${h.id}`)).toBe(true);
    await poll(() => scene3dHasText(page, pick(h.body, lang))).toBe(true);
  }
  if (step.hotspots.length) {
    const done = WORDS[lang].allFound(step.hotspots.length);
    await poll(() => within(ctx).getByRole('status').textContent()).toBe(done);
    await poll(() => scene3dHasText(page, done)).toBe(true);
  }
}

async function footprint(ctx: Ctx, step: FootprintStep): Promise<void> {
  const { page, lang } = ctx;
  // The keyboard picks the second option (Tab to the group, then ArrowDown); VR the last card.
  const option = ctx.mode === 'vr' ? step.options[step.options.length - 1]! : step.options[1]!;
  const radio = within(ctx).getByRole('radio', { name: pick(option.label, lang), exact: true });
  if (ctx.press === 'keyboard') {
    await tabTo(page, within(ctx).getByRole('radio').first());
    await page.keyboard.press('ArrowDown');
  } else await act(ctx, { object: `footprint:${option.id}`, dom: radio, done: () => radio.isChecked() });
  apply(ctx, { type: 'choose', optionId: option.id });
  await poll(() => radio.isChecked()).toBe(true);
  // The running total is the runner's, in the panel and in 3D.
  const total = WORDS[lang].kgPerYear(formatKg(footprintSummary(ctx.lesson, ctx.state).totalKgPerYear, lang));
  await poll(() => within(ctx).locator('[data-bar="total"] .bar-value').textContent()).toBe(total);
  await poll(() => scene3dHasText(page, total)).toBe(true);
}

async function pledge(ctx: Ctx, step: PledgeStep): Promise<void> {
  const { page, lang } = ctx;
  const option = ctx.mode === 'vr' ? step.options[1]! : step.options[0]!;
  const text = pick(option.text, lang);
  const mine = within(ctx).locator('.pl-mine li > span');
  const box = within(ctx).getByRole('checkbox', { name: text, exact: true });
  await act(ctx, { object: `pledge:${option.id}`, dom: box, key: 'Space', done: () => box.isChecked() });
  apply(ctx, { type: 'pledge', choice: { optionId: option.id } });
  await poll(() => box.isChecked()).toBe(true);
  await poll(() => mine.allTextContents()).toEqual([text]);
  await poll(() => scene3dHasText(page, `✓ ${text}`)).toBe(true);
}

/**
 * Sorting: each item into its bin, in the order the 3D panel offers them (one at a time); the first
 * item goes to a wrong bin first, when it has a second try, so the "not this one" feedback is seen too.
 */
async function sort(ctx: Ctx, step: SortStep): Promise<void> {
  const { page, lang } = ctx;
  const w = WORDS[lang];
  const status = within(ctx).getByRole('status');
  const binLabel = (id: string) => pick(step.bins.find((b) => b.id === id)!.label, lang);
  for (const [i, item] of step.items.entries()) {
    const label = pick(item.label, lang);
    const group = within(ctx).getByRole('group', { name: w.binOf(label) });
    const put = async (binId: string, done: () => Promise<boolean>) => {
      await act(ctx, { object: `sort-bin:${binId}`, dom: group.getByRole('button', { name: binLabel(binId), exact: true }), done });
      apply(ctx, { type: 'sort', itemId: item.id, binId });
    };
    if (i === 0 && step.maxAttempts > 1) {
      const wrong = step.bins.find((b) => b.id !== item.bin)!.id;
      const said = w.sortWrong(label, binLabel(wrong));
      await put(wrong, async () => ((await status.textContent()) ?? '').includes(said));
      await poll(() => scene3dHasText(page, said)).toBe(true);
    }
    const right = w.sortRight(label, binLabel(item.bin));
    await put(item.bin, async () => ((await status.textContent()) ?? '').includes(right));
    await poll(() => status.textContent()).toContain(pick(item.explanation, lang));
    await poll(() => scene3dHasText(page, right)).toBe(true);
  }
  await poll(() => status.textContent()).toContain(w.allSorted);
  await poll(() => scene3dHasText(page, w.allSorted)).toBe(true);
}

async function summary(ctx: Ctx, step: SummaryStep): Promise<void> {
  const { page, lang, lesson, state } = ctx;
  const w = WORDS[lang];
  const show = new Set(step.show);
  await poll(() => within(ctx).getByRole('heading', { level: 2 }).textContent()).toBe(pick(step.title, lang));
  const s = score(lesson, state);
  if (show.has('score') && s.maxPoints > 0) {
    // The runner's score for what the player did (every answer right; a sort item's first try wrong).
    const line = w.points(formatNumber(s.points, lang), formatNumber(s.maxPoints, lang));
    await poll(() => within(ctx).locator('.sm-score').textContent()).toBe(line);
    await poll(() => scene3dHasText(page, line)).toBe(true);
  }
  if (show.has('footprint')) {
    const total = w.total(formatKg(footprintSummary(lesson, state).totalKgPerYear, lang));
    await poll(() => within(ctx).locator('.sm-total').textContent()).toBe(total);
    await poll(() => scene3dHasText(page, total)).toBe(true);
  }
  if (show.has('pledges')) {
    const texts = lesson.steps.filter((x): x is PledgeStep => x.type === 'pledge')
      .flatMap((p) => (state.pledges[p.id] ?? []).map((c) => ('optionId' in c ? pick(p.options.find((o) => o.id === c.optionId)?.text, lang) : '')));
    for (const text of texts) await poll(() => within(ctx).getByText(text, { exact: true }).count()).toBeGreaterThan(0);
  }
}

/** Presses Next (Tab + Enter, the 3D button, or a click) and checks the app lands where the runner says. */
async function next(ctx: Ctx): Promise<void> {
  const { page, lang } = ctx;
  const before = ctx.state.stepId;
  apply(ctx, { type: 'next' });
  const moved = async () => (await stepOf(page).getAttribute('data-step')) !== before || (await finishedNotice(page, lang).count()) > 0;
  await act(ctx, { object: 'nav:next', dom: page.getByRole('button', { name: WORDS[lang].next, exact: true }), done: moved });
  await poll(moved).toBe(true);
}

/** A screenshot once the 3D view has caught up (frames, and troika's text layout in its worker). */
async function picture(ctx: Ctx, name: string): Promise<string> {
  const path = `.tmp/screens/${name}.png`;
  if (ctx.mode === 'vr') return vrScreenshot(ctx.page, join(ROOT, path)).then(() => path);
  await readyForPicture(ctx.page);
  await ctx.page.screenshot({ path: join(ROOT, path) });
  return path;
}

/**
 * Plays the opened lesson to its end (the page already shows the first step). Every quiz is answered
 * rightly, every hotspot visited, one footprint option and one pledge chosen, Next pressed until the
 * lesson says it is finished.
 */
export async function playLesson(page: Page, c: LessonCase, mode: Mode, opts: PlayOptions): Promise<PlayReport> {
  const press = mode === 'keyboard' ? 'keyboard' : opts.vrPress === 'dom' ? 'click' : 'controller';
  const ctx: Ctx = { page, mode, press, lang: opts.lang, lesson: c.lesson, state: start(c.lesson, opts.band).state };
  const report: PlayReport = { path: [], screens: [] };
  const shot = new Set<string>();
  if (opts.screens) mkdirSync(join(ROOT, '.tmp/screens'), { recursive: true });
  for (let guard = 0; guard <= c.lesson.steps.length * 2; guard++) {
    const step: Step = currentStep(c.lesson, ctx.state);
    await poll(() => showing(page, step.id, step.type), { message: `${c.id}: step ${step.id} (${step.type}) is shown` }).toBe(true);
    report.path.push(step.id);
    const t0 = Date.now();
    switch (step.type) {
      case 'quiz': await quiz(ctx, step); break;
      case 'scene': await scene(ctx, step); break;
      case 'footprint': await footprint(ctx, step); break;
      case 'pledge': await pledge(ctx, step); break;
      case 'sort': await sort(ctx, step); break;
      case 'summary': await summary(ctx, step); break;
      case 'narration':
        await poll(() => within(ctx).getByRole('heading', { level: 2 }).textContent()).toBe(pick(step.title, opts.lang));
        await poll(() => scene3dHasText(page, pick(step.title, opts.lang))).toBe(true);
        break;
      case 'branch': throw new Error(`${c.id}: the branch step ${step.id} was shown to the student`);
    }
    const kind = step.type === 'quiz' ? `quiz-${step.kind}` : step.type;
    if (opts.screens && !shot.has(kind)) {
      shot.add(kind);
      report.screens.push(await picture(ctx, `${opts.screens}-${kind}`));
    }
    // A summary step completes the lesson as it is entered: nothing more to press.
    if (ctx.state.finished) break;
    const t1 = Date.now();
    await next(ctx);
    if (process.env.PLAY_TRACE) console.log(`${c.id} ${step.id} ${step.type}: ${t1 - t0} ms, next ${Date.now() - t1} ms`);
    // Next on the last step of a lesson without a summary finishes it where it is.
    if (ctx.state.finished && ctx.state.stepId === step.id) break;
  }
  // The end: the finished notice, no Next any more (in the panel, nor in 3D).
  expect(ctx.state.finished, `${c.id}: the runner finished the lesson`).toBe(true);
  if (c.lesson.steps.some((s) => s.type === 'summary')) expect(currentStep(c.lesson, ctx.state).type, `${c.id} ends on its summary`).toBe('summary');
  await poll(() => finishedNotice(page, opts.lang).count()).toBe(1);
  await poll(() => page.getByRole('button', { name: WORDS[opts.lang].next, exact: true }).count()).toBe(0);
  await poll(() => hasObject(page, 'nav:next')).toBe(false);
  if (opts.screens && !shot.has('summary')) report.screens.push(await picture(ctx, `${opts.screens}-finished`));
  return report;
}
