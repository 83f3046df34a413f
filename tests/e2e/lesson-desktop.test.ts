import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { baseUrl, guardedPage, launch, reviewShot, settledPosition, startLesson, waitForObject } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

test('home lists the lessons as links; a lesson plays on desktop with the mouse in 3D and in the panel', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const { page, problems } = await guardedPage(context);
  await page.goto(`${baseUrl()}?e2e`);

  // Korean by default; every lesson is a link with its own URL.
  await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('ko');
  const link = page.getByRole('link', { name: '처음 오신 걸 환영해요' });
  await expect.poll(() => link.getAttribute('href')).toBe('#/lesson/welcome');
  await link.click();
  await page.getByLabel('별명 (1–20자)').fill('초록별');
  await page.getByRole('button', { name: '만들기' }).click();
  await page.getByRole('button', { name: '중학생' }).click();
  await expect.poll(() => page.getByRole('heading', { name: '안녕하세요!' }).isVisible()).toBe(true);
  // The Enter-VR button is there, and says why it cannot be used in a browser without a headset.
  const vr = page.getByRole('button', { name: /VR/ });
  await expect.poll(() => vr.isVisible()).toBe(true);
  await expect.poll(() => page.locator('#vr-why').textContent()).toMatch(/헤드셋|WebXR|https/);

  // Next, pressed in the 3D scene with the mouse.
  await waitForObject(page, 'nav:next');
  // This machine draws WebGL on the CPU (SwiftShader), far below 20 frames a second at full size: the
  // 3D view draws fewer pixels, down to half the page's (scene/resolution.ts), and the mouse still hits.
  const pixelsAcross = () => page.evaluate(() => {
    const c = (window as unknown as { __climatexr: { gl: { domElement: HTMLCanvasElement } } }).__climatexr.gl.domElement;
    return c.width / c.clientWidth;
  });
  await expect.poll(pixelsAcross, { timeout: 20_000 }).toBeLessThan(0.99);
  expect(await pixelsAcross()).toBeGreaterThanOrEqual(0.5 - 0.01);
  // …and without multisampled edges, which cost a software renderer a quarter of its frames.
  expect(await page.evaluate(() => (window as unknown as { __climatexr: { gl: { getContext(): WebGLRenderingContext } } }).__climatexr.gl.getContext().getContextAttributes()?.antialias)).toBe(false);
  let p = await settledPosition(page, 'nav:next');
  await page.mouse.click(p.x, p.y);
  await expect.poll(() => page.getByRole('heading', { name: '누르는 방법' }).isVisible()).toBe(true);
  await page.getByRole('button', { name: '다음' }).click();

  // A wrong answer clicked on the 3D panel gives feedback and a second try.
  await waitForObject(page, 'answer:keep-going');
  p = await settledPosition(page, 'answer:keep-going');
  await page.mouse.click(p.x, p.y);
  await expect.poll(() => page.getByRole('status').filter({ hasText: '다시 해 보세요' }).count()).toBe(1);
  await reviewShot(page, 'desktop-quiz-wrong');

  // The right answer from the DOM panel: feedback, explanation, and Next is allowed.
  await page.getByRole('button', { name: '헤드셋을 벗고 선생님께 말한다' }).click();
  await expect.poll(() => page.getByText('정답이에요!').isVisible()).toBe(true);
  await expect.poll(() => page.getByText('언제든 헤드셋을 벗어도 괜찮아요.', { exact: false }).isVisible()).toBe(true);
  await expect.poll(() => page.getByRole('button', { name: '다음' }).isEnabled()).toBe(true);

  // Switching to English changes the UI and the lesson text, and is remembered.
  await page.getByRole('button', { name: 'English' }).click();
  await expect.poll(() => page.getByText('Correct!').isVisible()).toBe(true);
  await reviewShot(page, 'desktop-quiz-en');
  await page.reload();
  await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');

  expect(problems).toEqual([]);
  await context.close();
});

test('an unknown lesson URL says so in a sentence', async () => {
  const context = await browser.newContext();
  const { page, problems } = await guardedPage(context);
  await page.goto(`${baseUrl()}#/lesson/no-such-lesson`);
  await expect.poll(() => page.getByRole('alert').textContent()).toContain('no-such-lesson');
  expect(problems).toEqual([]);
  await context.close();
});
