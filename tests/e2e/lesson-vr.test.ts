import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { guardedPage, launch, reviewShot, startLesson, waitForObject } from './browser.ts';
import { clickWithController, emulateQuest3, enterVR, VR_WINDOW } from './xr.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

test('with an emulated Quest 3: enter VR, answer with the controller trigger, see feedback, exit to the same step', async () => {
  const context = await browser.newContext({ viewport: VR_WINDOW });
  const { page, problems } = await guardedPage(context);
  await emulateQuest3(page);
  await startLesson(page, 'welcome', { band: '고등학생' });

  await enterVR(page);
  const session = () => page.evaluate(() => {
    const s = (window as unknown as { __xrDevice: { activeSession?: { frameRate?: number } } }).__xrDevice.activeSession;
    return s ? { rate: s.frameRate ?? null } : null;
  });
  await expect.poll(session).not.toBeNull();
  // 72 or 90 Hz, never the library's 120 Hz default.
  await expect.poll(async () => [72, 90].includes((await session())?.rate ?? 0)).toBe(true);

  // Next, then Next again, pressed with the controller's trigger.
  await waitForObject(page, 'nav:next');
  await clickWithController(page, 'nav:next');
  await expect.poll(() => page.locator('[data-step]').getAttribute('data-step')).toBe('how-to-press');
  await clickWithController(page, 'nav:next');
  await expect.poll(() => page.locator('[data-step]').getAttribute('data-step')).toBe('try-it');

  // The right answer, chosen in VR: feedback appears (in the scene and in the DOM layer).
  await waitForObject(page, 'answer:take-off');
  await clickWithController(page, 'answer:take-off');
  await expect.poll(() => page.getByText('정답이에요!').count()).toBe(1);
  await reviewShot(page, 'vr-quiz-correct');

  // Leaving VR (headset off, system menu) keeps the student on the same step on the desktop.
  await page.evaluate(() => (window as unknown as { __xrDevice: { activeSession?: { end(): Promise<void> } } }).__xrDevice.activeSession?.end());
  await expect.poll(session).toBeNull();
  await expect.poll(() => page.locator('[data-step]').getAttribute('data-step')).toBe('try-it');
  await expect.poll(() => page.getByText('정답이에요!').count()).toBe(1);

  expect(problems).toEqual([]);
  await context.close();
});
