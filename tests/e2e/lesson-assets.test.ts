import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { guardedPage, launch, startLesson, waitForObject } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

test('a picture kept beside its lesson file ("./pictures/…") is shown in the page and in 3D', async () => {
  const context = await browser.newContext();
  const { page, problems } = await guardedPage(context);
  // Straight to the lesson (a stop at home would have its lesson chunks cancelled by the next navigation).
  await page.addInitScript(() => localStorage.setItem('climatexr.lang', 'en'));
  await startLesson(page, 'examples/example-narration', { band: 'Middle school' });
  await page.getByRole('button', { name: 'Next' }).click();
  await expect.poll(() => page.locator('[data-step]').getAttribute('data-step')).toBe('greenhouse');
  const img = page.getByRole('img', { name: /Sunlight arrows come down/ });
  await expect.poll(() => img.evaluate((e: HTMLImageElement) => e.complete && e.naturalWidth)).toBeGreaterThan(100);
  expect(await img.getAttribute('src')).toMatch(/lessons\/examples\/pictures\/greenhouse-effect\.png$/);
  await waitForObject(page, 'narration:image');
  const width = await page.evaluate(() => {
    const w = window as unknown as { __climatexr: { scene: { getObjectByName(n: string): { material: { map?: { image?: { width: number } } } } } } };
    return w.__climatexr.scene.getObjectByName('narration:image').material.map?.image?.width ?? 0;
  });
  expect(width).toBeGreaterThan(100);
  expect(problems).toEqual([]);
  await context.close();
});
