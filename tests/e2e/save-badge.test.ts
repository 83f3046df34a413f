import { expect, test } from 'vitest';
import { ko } from '../../src/i18n/ko.ts';
import { guardedPage, launch, startLesson, waitForObject } from './browser.ts';

/** The 3D badge's text (troika keeps it on the Text mesh), or null when no badge is in the scene. */
const badgeText = (page: import('playwright-core').Page) => page.evaluate(() => {
  type O = { name: string; visible: boolean; text?: string; children: O[]; traverse(f: (o: O) => void): void };
  const scene = (window as unknown as { __climatexr: { scene: O & { getObjectByName(n: string): O | undefined } } }).__climatexr.scene;
  const badge = scene.getObjectByName('badge:warn') ?? scene.getObjectByName('badge:info');
  if (!badge) return null;
  let text = '';
  badge.traverse((o) => { if (typeof o.text === 'string') text += o.text; });
  return { name: badge.name, visible: badge.visible, text };
});

test('in the 3D view, a badge says "not saved" when progress cannot be kept, and is absent while saving works', async () => {
  const browser = await launch();
  try {
    // Saving works: no badge.
    const ok = await guardedPage(await browser.newContext());
    await startLesson(ok.page, 'welcome');
    await waitForObject(ok.page, 'nav:next');
    expect(await badgeText(ok.page)).toBeNull();
    expect(ok.problems).toEqual([]);

    // Storage blocked (as in some private modes): the log keeps to memory, and the headset says so.
    const context = await browser.newContext();
    await context.addInitScript(() => {
      IDBFactory.prototype.open = () => { throw new DOMException('blocked by the test', 'SecurityError'); };
    });
    const { page, problems } = await guardedPage(context);
    await startLesson(page, 'welcome');
    await waitForObject(page, 'badge:warn');
    await expect.poll(async () => (await badgeText(page))?.text, { timeout: 15_000 }).toBe(ko.saveBadge.lost);
    expect((await badgeText(page))?.visible).toBe(true);
    // The DOM says the same beside it.
    expect(await page.getByRole('status').filter({ hasText: '저장 안 됨' }).count()).toBeGreaterThan(0);

    // In English too.
    await page.locator('.lang button[lang=en]').click();
    await expect.poll(async () => (await badgeText(page))?.text, { timeout: 15_000 }).toBe('Not saved: progress is kept only until this window closes.');
    expect(problems).toEqual([]);
  } finally {
    await browser.close();
  }
});
