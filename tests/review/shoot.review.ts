/**
 * Shoots every step of lessons as a student sees it, for a content review ("looked at every
 * step in both languages"): `npm run review:shoot` (see scripts/review-shoot.mjs for the options).
 * Quizzes are shot before (-a) and after (-b) the right answer, scene steps once per hotspot with its
 * card open (in VR the head turned to the card), footprint steps after a choice, pledges after one,
 * sort steps on arrival (-a), after the first item's wrong bin (-b) and once all are sorted (-c).
 * Pictures go to .tmp/screens/<dir>/<view>-<lang>-<band>-<nn>-<step>.png. Not part of `npm test`.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Language } from '../../src/lesson/common.ts';
import type { Step } from '../../src/lesson/schema.ts';
import type { QuizStep } from '../../src/lesson/steps/quiz.ts';
import { pick } from '../../src/lesson/text.ts';
import { SORT_WORDS } from '../../src/app/views/sort.ts';
import { currentStep, start, transition } from '../../src/runner/runner.ts';
import type { AgeBand, RunnerEvent, RunnerState } from '../../src/runner/types.ts';
import { guardedPage, launch, readyForPicture } from '../e2e/browser.ts';
import { lessonCases, startLessonByKeyboard, startLessonInVR, tabTo, vrScreenshot, WORDS } from '../e2e/play.ts';
import { emulateQuest3, xrFrames } from '../e2e/xr.ts';
import { cardPlace, cardRect, viewRectOf } from '../../src/scene/hotspots/layout.ts';

/** vrScreenshot, but with the head turned by `yaw` radians (left positive) and level. */
async function vrShotYaw(page: Page, path: string, yaw: number) {
  const size = { width: 1280, height: 800 };
  const small = page.viewportSize()!;
  const resize = (z: { width: number; height: number }) => page.evaluate(([w, h]) => {
    const c = (window as unknown as { __climatexr: { gl: { domElement: HTMLCanvasElement } } }).__climatexr.gl.domElement;
    c.width = w!; c.height = h!; c.style.width = `${w}px`; c.style.height = `${h}px`;
  }, [z.width, z.height]);
  const look = (x: number, y: number, z: number, w: number) => page.evaluate(([a, b, c, d]) => (window as unknown as { __xrDevice: { quaternion: { set(x: number, y: number, z: number, w: number): void } } }).__xrDevice.quaternion.set(a!, b!, c!, d!), [x, y, z, w]);
  await page.setViewportSize(size);
  await resize(size);
  await look(0, Math.sin(yaw / 2), 0, Math.cos(yaw / 2));
  await xrFrames(page, 3);
  await page.screenshot({ path });
  const half = (-25 * Math.PI) / 360;
  await look(Math.sin(half), 0, 0, Math.cos(half));
  await page.setViewportSize(small);
  await resize(small);
  await xrFrames(page, 1);
}

const ROOT = new URL('../../', import.meta.url).pathname;
const LESSONS = (process.env.REVIEW_LESSONS ?? 'my-carbon-day,clean-water-journey,hot-city-green-city,me-to-my-city').split(',');
const VIEWS = (process.env.REVIEW_VIEWS ?? 'vr,desktop').split(',');
const COMBOS = (process.env.REVIEW_COMBOS ?? 'middle-ko,high-ko,middle-en,high-en').split(',');
const ONLY = process.env.REVIEW_STEPS ? new Set(process.env.REVIEW_STEPS.split(',')) : null;
const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 15_000, interval: 50 });

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

async function press(page: Page, name: string | RegExp, role: 'button' | 'radio' | 'checkbox' = 'button', key: 'Enter' | 'Space' = 'Enter') {
  const t = page.locator('[data-step]').getByRole(role, { name, exact: typeof name === 'string' }).first();
  await poll(() => t.isEnabled()).toBe(true);
  await tabTo(page, t, 120);
  await page.keyboard.press(key);
}

for (const id of LESSONS) for (const view of VIEWS) for (const combo of COMBOS) {
  const [band, lang] = combo.split('-') as [AgeBand, Language];
  test(`${id} ${view} ${band} ${lang}`, async () => {
    const c = lessonCases().find((x) => x.id === id)!;
    const dir = join(ROOT, `.tmp/screens/${process.env.REVIEW_DIR ?? `review-${id}`}`, process.env.REVIEW_DIR ? id : '');
    mkdirSync(dir, { recursive: true });
    const vr = view === 'vr';
    const context = await browser.newContext({ viewport: vr ? { width: 400, height: 250 } : { width: 1280, height: 800 }, serviceWorkers: 'block' });
    const { page, problems } = await guardedPage(context);
    if (vr) await emulateQuest3(page);
    await page.addInitScript((l) => localStorage.setItem('climatexr.lang', l), lang);
    if (vr) await startLessonInVR(page, id, lang, band);
    else await startLessonByKeyboard(page, id, lang, band);
    let state: RunnerState = start(c.lesson, band).state;
    const apply = (e: RunnerEvent) => { state = transition(c.lesson, state, e).state; };
    let n = 0;
    const shoot = async (step: Step, suffix = '', yaw?: number) => {
      // The high band only where a step is meant for it alone.
      if (band === 'high' && !step.ageBands && !process.env.REVIEW_ALL_HIGH) return;
      if (ONLY && !ONLY.has(step.id)) return;
      const name = `${view}-${lang}-${band}-${String(++n).padStart(2, '0')}-${step.id}${suffix}.png`;
      if (vr && yaw !== undefined) await vrShotYaw(page, join(dir, name), yaw);
      else if (vr) await vrScreenshot(page, join(dir, name));
      else {
        await readyForPicture(page, 5);
        await page.screenshot({ path: join(dir, name), fullPage: true });
      }
    };
    const seen = new Set<string>();
    let stopped = false;
    for (let guard = 0; guard < 60; guard++) {
      const step = currentStep(c.lesson, state);
      seen.add(step.id);
      await poll(() => page.locator('[data-step]').getAttribute('data-step')).toBe(step.id);
      await page.waitForTimeout(vr ? 300 : 200);
      if (step.type === 'quiz') {
        const q = step as QuizStep;
        if (!process.env.REVIEW_SKIP_A) await shoot(step, '-a');
        if (q.kind === 'single') {
          const o = q.options.find((x) => x.correct)!;
          await press(page, pick(o.text, lang));
          apply({ type: 'answer', value: o.id });
        } else if (q.kind === 'truefalse') {
          await press(page, q.answer ? WORDS[lang].true : WORDS[lang].false);
          apply({ type: 'answer', value: q.answer });
        } else if (q.kind === 'multiple') {
          const right = q.options.filter((o) => o.correct);
          for (const o of right) await press(page, pick(o.text, lang), 'button', 'Space');
          await press(page, WORDS[lang].check);
          apply({ type: 'answer', value: right.map((o) => o.id) });
        } else {
          const slider = page.locator('[data-step]').getByRole('slider');
          await tabTo(page, slider);
          for (let i = 0; i < 400; i++) {
            const v = Number(await slider.inputValue());
            if (Math.abs(v - q.answer) <= q.tolerance + 1e-9) break;
            await page.keyboard.press(v < q.answer ? 'ArrowRight' : 'ArrowLeft');
            await poll(async () => Number(await slider.inputValue())).not.toBe(v);
          }
          await press(page, WORDS[lang].check);
          apply({ type: 'answer', value: Number(await slider.inputValue()) });
        }
        await poll(async () => (await page.locator('[data-step] .feedback').getAttribute('class'))?.includes('ok') ?? false).toBe(true);
        await page.waitForTimeout(300);
        await shoot(step, '-b');
      } else if (step.type === 'scene') {
        for (const [i, h] of step.hotspots.entries()) {
          await press(page, WORDS[lang].lookAt(pick(h.label, lang)));
          apply({ type: 'visit', hotspotId: h.id });
          await poll(() => page.locator(`[id="hotspot-${step.id}-${h.id}"]`).isVisible()).toBe(true);
          await page.waitForTimeout(300);
          if (vr) {
            const p = h.position as [number, number, number];
            const others = step.hotspots.filter((o) => o.id !== h.id).map((o) => ({ position: o.position as [number, number, number], label: pick(o.label, lang) }));
            const r = viewRectOf(p, cardRect(p, cardPlace(p, 0.3, { others, keepClear: [] }), 0.3));
            const [tx, tz] = [Math.sin((r.az0 + r.az1) / 2), -Math.cos((r.az0 + r.az1) / 2)];
            await shoot(step, `-${h.id}`, Math.atan2(-tx, -tz));
          } else if (i === step.hotspots.length - 1 || process.env.REVIEW_ALL_HOTSPOTS) await shoot(step, `-${h.id}`);
        }
        if (!step.hotspots.length) await shoot(step);
      } else if (step.type === 'footprint') {
        const o = step.options[step.options.length - 1]!;
        await tabTo(page, page.locator('[data-step]').getByRole('radio').first());
        await page.keyboard.press('ArrowUp');
        apply({ type: 'choose', optionId: o.id });
        await poll(() => page.locator('[data-step]').getByRole('radio', { name: pick(o.label, lang), exact: true }).isChecked()).toBe(true);
        await page.waitForTimeout(600);
        await shoot(step);
      } else if (step.type === 'sort') {
        await shoot(step, '-a');
        const bin = (id: string) => pick(step.bins.find((b) => b.id === id)!.label, lang);
        for (const [i, item] of step.items.entries()) {
          const group = page.locator('[data-step]').getByRole('group', { name: SORT_WORDS[lang].binOf(pick(item.label, lang)) });
          const place = async (binId: string) => {
            await tabTo(page, group.getByRole('button', { name: bin(binId), exact: true }), 200);
            await page.keyboard.press('Enter');
            apply({ type: 'sort', itemId: item.id, binId });
          };
          if (i === 0 && step.maxAttempts > 1) {
            await place(step.bins.find((b) => b.id !== item.bin)!.id);
            await page.waitForTimeout(300);
            await shoot(step, '-b');
          }
          await place(item.bin);
        }
        await page.waitForTimeout(300);
        await shoot(step, '-c');
      } else if (step.type === 'pledge') {
        const o = step.options[1]!;
        await press(page, pick(o.text, lang), 'checkbox', 'Space');
        apply({ type: 'pledge', choice: { optionId: o.id } });
        await page.waitForTimeout(400);
        await shoot(step);
      } else {
        await shoot(step);
      }
      if (state.finished) break;
      if (ONLY && [...ONLY].every((x) => seen.has(x))) { stopped = true; break; }
      const before = state.stepId;
      apply({ type: 'next' });
      const nextBtn = page.getByRole('button', { name: WORDS[lang].next, exact: true });
      await poll(() => nextBtn.isEnabled()).toBe(true);
      await tabTo(page, nextBtn, 120);
      await page.keyboard.press('Enter');
      await poll(async () => (await page.locator('[data-step]').getAttribute('data-step')) !== before).toBe(true);
    }
    if (!stopped) expect(state.finished).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });
}
