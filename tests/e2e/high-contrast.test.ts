import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { guardedPage, launch, reviewShot, startLesson, waitForObject } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

interface Look { panels: { color: string; opacity: number }[]; next: string; nextText: string; back: string; page: string; ink: string }

/** What the student sees: each 3D panel's colour and opacity, the Next button and its text, the page's colours. */
function look(page: Page): Promise<Look> {
  return page.evaluate(() => {
    type Obj = { name: string; material?: { color: { getHexString(): string }; opacity: number }; parent: { children: Obj[] }; text?: string; color?: unknown; traverse(f: (o: Obj) => void): void };
    const scene = (window as unknown as { __climatexr: { scene: Obj & { getObjectByName(n: string): Obj } } }).__climatexr.scene;
    const panels: { color: string; opacity: number }[] = [];
    scene.traverse((o) => {
      if (o.name === 'panel-backing' && o.material) panels.push({ color: o.material.color.getHexString(), opacity: o.material.opacity });
    });
    const next = scene.getObjectByName('nav:next');
    const label = next.parent.children.find((c) => typeof c.text === 'string');
    const style = getComputedStyle(document.documentElement);
    return {
      panels, next: next.material!.color.getHexString(), nextText: String(label?.color),
      back: scene.getObjectByName('nav:back').material!.color.getHexString(),
      page: style.backgroundColor, ink: style.color,
    };
  });
}

test('high contrast: the page and the 3D panels turn black with white text, buttons stand out, and the choice is remembered', async () => {
  const context = await browser.newContext({ viewport: { width: 1000, height: 700 } });
  const { page, problems } = await guardedPage(context);
  await startLesson(page, 'welcome');
  await page.getByRole('button', { name: '다음' }).click();
  await waitForObject(page, 'nav:back');
  await expect.poll(async () => (await look(page)).panels.length).toBeGreaterThan(0);
  const before = await look(page);
  expect(before.panels.every((p) => p.color === '14202b' && p.opacity < 1)).toBe(true);

  await page.locator('details.settings summary').click();
  await page.getByLabel('고대비').check();
  await expect.poll(() => page.evaluate(() => document.documentElement.classList.contains('high-contrast'))).toBe(true);
  await expect.poll(async () => (await look(page)).panels.every((p) => p.color === '000000' && p.opacity === 1)).toBe(true);
  const on = await look(page);
  expect(on.page).toBe('rgb(0, 0, 0)');
  expect(on.ink).toBe('rgb(255, 255, 255)');
  expect(on.next).not.toBe(before.next);
  expect(on.back).not.toBe(before.back);
  await reviewShot(page, 'high-contrast-ko');

  // A new visit on this device keeps it, in 3D as on the page.
  await page.reload();
  await page.locator('[data-step]').waitFor();
  await waitForObject(page, 'nav:next');
  await expect.poll(async () => { const l = await look(page); return l.panels.length > 0 && l.panels.every((p) => p.color === '000000'); }).toBe(true);

  await page.locator('details.settings summary').click();
  await page.getByLabel('고대비').uncheck();
  await expect.poll(async () => (await look(page)).panels.every((p) => p.color === '14202b' && p.opacity < 1)).toBe(true);
  expect(problems).toEqual([]);
  await context.close();
}, 90_000);
