import { expect, test } from 'vitest';
import { preview } from 'vite';
import { CHROMIUM_ARGS, guardedPage, startLesson } from './browser.ts';
import { chromium } from 'playwright-core';

test('after one visit, the app and a lesson work with the network off and the server gone', async () => {
  // Its own server: this test stops it.
  const server = await preview({ build: { outDir: process.env.E2E_DIST ?? 'dist' }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
  const url = server.resolvedUrls!.local[0]!;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH!, headless: true, args: CHROMIUM_ARGS });
  const context = await browser.newContext();
  const { page, problems } = await guardedPage(context, url);
  await page.goto(url);
  await expect.poll(() => page.getByRole('link', { name: '처음 오신 걸 환영해요' }).count()).toBe(1);
  // Wait until the service worker has precached everything and controls the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
  });

  await server.close();
  await context.setOffline(true);
  await page.reload();
  // The reloaded home page comes from the cache, font included; let it finish before opening a lesson,
  // so that the next navigation does not cancel the font's request half-way (a failed request here).
  await expect.poll(() => page.getByRole('link', { name: '처음 오신 걸 환영해요' }).count()).toBe(1);
  const faces = await page.evaluate(async () => { await document.fonts.ready; return [...document.fonts].map((f) => f.status); });
  expect(faces).toContain('loaded');
  expect(faces.filter((f) => f === 'loading' || f === 'error')).toEqual([]);
  await startLesson(page, 'welcome', { query: '?e2e', base: url });
  for (const step of ['hello', 'how-to-press']) {
    await expect.poll(() => page.locator('[data-step]').getAttribute('data-step')).toBe(step);
    await page.getByRole('button', { name: '다음' }).click();
  }
  await page.getByRole('button', { name: '헤드셋을 벗고 선생님께 말한다' }).click();
  await page.getByRole('button', { name: '다음' }).click();
  await expect.poll(() => page.locator('[data-step]').getAttribute('data-step')).toBe('ready');
  await page.getByRole('button', { name: '다음' }).click();
  await expect.poll(() => page.getByText('수업을 마쳤어요!').count()).toBe(1);
  // The 3D view drew its panel with the cached font.
  const drawn = await page.evaluate(() => (window as unknown as { __climatexr: { gl: { info: { render: { calls: number } } } } }).__climatexr.gl.info.render.calls);
  expect(drawn).toBeGreaterThan(2);
  expect(problems).toEqual([]);
  await browser.close();
});
