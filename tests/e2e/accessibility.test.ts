import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { baseUrl, guardedPage, launch, reviewShot, startLesson } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** axe-core findings that block or seriously hinder someone: there must be none. */
async function serious(page: Page): Promise<string[]> {
  const r = await new AxeBuilder({ page }).analyze();
  return r.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

test('home, lesson and teacher pages have no serious or critical axe findings, in Korean and English', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const { page, problems } = await guardedPage(context);
  await page.goto(`${baseUrl()}#/`);
  await page.getByRole('heading', { name: '수업 목록' }).waitFor();
  expect(await serious(page)).toEqual([]);

  await startLesson(page, 'welcome');
  expect(await serious(page)).toEqual([]);
  await page.getByRole('button', { name: '다음' }).click();
  await page.getByRole('button', { name: '다음' }).click();
  await page.getByRole('button', { name: '끝까지 참고 계속한다' }).click();
  await page.locator('details.settings summary').click();
  expect(await serious(page)).toEqual([]);

  await page.getByRole('button', { name: 'English' }).click();
  // The English strings arrive as their own chunk; the switch shows once they are here.
  await page.getByRole('button', { name: 'English', pressed: true }).waitFor();
  await page.goto(`${baseUrl()}#/teacher`);
  await page.getByLabel(/^PIN/).first().waitFor();
  expect(await serious(page)).toEqual([]);
  const pins = page.getByLabel(/PIN/);
  await pins.nth(0).fill('2468');
  await pins.nth(1).fill('2468');
  await page.getByRole('button', { name: /Save PIN/ }).click();
  await page.getByRole('heading', { name: 'Open a lesson on a headset' }).waitFor();
  expect(await serious(page)).toEqual([]);
  expect(problems).toEqual([]);
  await context.close();
});

test('mobile: the lesson fits a phone and keeps its controls reachable', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const { page, problems } = await guardedPage(context);
  await startLesson(page, 'welcome');
  // No sideways scrolling, and Next is a large enough target to tap.
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  const next = page.getByRole('button', { name: '다음' });
  const box = (await next.boundingBox())!;
  expect(box.height).toBeGreaterThanOrEqual(44);
  await next.tap();
  await expect.poll(() => page.locator('[data-step]').getAttribute('data-step')).toBe('how-to-press');
  await reviewShot(page, 'mobile-lesson', { fullPage: true });
  expect(await serious(page)).toEqual([]);
  expect(problems).toEqual([]);
  await context.close();
});
