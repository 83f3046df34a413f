import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { guardedPage, launch, reviewShot, startLesson, waitForObject } from './browser.ts';
import { aimHandAt, emulateQuest3, enterVR, pinchWithHand, pokeWithHand, useHands, VR_WINDOW, xrFrames } from './xr.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The welcome lesson in VR on an emulated Quest 3, switched to tracked hands, their models loaded. */
async function welcomeWithHands(page: Page, requests: string[]): Promise<void> {
  page.on('request', (r) => requests.push(r.url()));
  await emulateQuest3(page);
  await startLesson(page, 'welcome', { band: '고등학생' });
  await enterVR(page);
  await waitForObject(page, 'nav:next');
  await useHands(page);
  // The hand models come from the app's own profiles (generic-hand: the fallback of IWER's oculus-hand).
  await expect.poll(() => requests.some((u) => /\/xr-profiles\/generic-hand\/right\.glb$/.test(u)), { timeout: 20_000 }).toBe(true);
}

const stepOf = (page: Page) => () => page.locator('[data-step]').getAttribute('data-step');

/** The welcome lesson in VR with hands, at its first step. */
async function openWithHands() {
  const context = await browser.newContext({ viewport: VR_WINDOW });
  const { page, problems } = await guardedPage(context);
  await welcomeWithHands(page, []);
  const step = stepOf(page);
  expect(await step()).toBe('hello');
  return { context, page, problems, step };
}

test('hands on an emulated Quest 3: a pinch with the hand ray presses 3D buttons; a pinch at empty space presses nothing', async () => {
  const { context, page, problems, step } = await openWithHands();

  // A pinch aimed at empty space above Next presses nothing.
  expect(await pinchWithHand(page, 'nav:next', { miss: 1.2 })).toBe(false);
  await xrFrames(page, 10);
  expect(await step()).toBe('hello');

  // The right hand's ray on Next (it shows hover), pinch and release: the next step.
  expect(await pinchWithHand(page, 'nav:next')).toBe(true);
  await expect.poll(step, { timeout: 5000 }).toBe('how-to-press');
  expect(await pinchWithHand(page, 'nav:next')).toBe(true);
  await expect.poll(step, { timeout: 5000 }).toBe('try-it');

  // The right answer, pinched: its feedback appears in the DOM layer.
  await waitForObject(page, 'answer:take-off');
  expect(await pinchWithHand(page, 'answer:take-off')).toBe(true);
  await expect.poll(() => page.getByText('정답이에요!').count(), { timeout: 5000 }).toBe(1);
  await reviewShot(page, 'vr-hands-pinch');

  expect(problems).toEqual([]);
  await context.close();
}, 240_000);

// A hand's grab pointer and its touch (poke) pointer both sit on the index fingertip; the grab pointer
// would win every tie and the poke would never press, so the app's hands have no grab pointer (src/xr/store.ts).
test('hands on an emulated Quest 3: an index-finger poke through a 3D button presses it; a poke beside it presses nothing', async () => {
  const { context, page, problems, step } = await openWithHands();
  // The hand's pointers are live: its ray shows hover on Next.
  expect(await aimHandAt(page, 'nav:next')).toBe(true);

  // A poke that passes 60 cm beside Next presses nothing.
  await pokeWithHand(page, 'nav:next', { aside: 0.6 });
  await xrFrames(page, 10);
  expect(await step()).toBe('hello');

  // The index fingertip from in front, through Next's surface to 2 cm behind it, and back out.
  const path = await pokeWithHand(page, 'nav:next', { depth: 0.02 });
  expect(Math.min(...path.filter((d) => !Number.isNaN(d)))).toBeLessThan(-0.015);
  await expect.poll(step, { timeout: 5000 }).toBe('how-to-press');
  await pokeWithHand(page, 'nav:next');
  await expect.poll(step, { timeout: 5000 }).toBe('try-it');

  // A poke on the right answer: its feedback appears in the DOM layer.
  await waitForObject(page, 'answer:take-off');
  await pokeWithHand(page, 'answer:take-off');
  await expect.poll(() => page.getByText('정답이에요!').count(), { timeout: 5000 }).toBe(1);

  expect(problems).toEqual([]);
  await context.close();
}, 240_000);
