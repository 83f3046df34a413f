import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { baseUrl, guardedPage, launch, startLesson, waitForObject } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

test('lesson text full of HTML and script payloads is shown literally, never run', async () => {
  const context = await browser.newContext();
  const { page, problems } = await guardedPage(context);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(`${baseUrl()}#/`);
  await page.locator('details.examples summary').click();
  // The card's title is the payload as text, and a link.
  await expect.poll(() => page.getByRole('link', { name: "<img src=x onerror=alert('ko')>" }).count()).toBe(1);

  await startLesson(page, 'tests/xss');
  await expect.poll(() => page.getByRole('heading', { name: "<svg onload=alert('title')>" }).count()).toBe(1);
  await expect.poll(() => page.getByText("javascript:alert(1) {{constructor.constructor('alert(2)')()}} <iframe src=javascript:alert(3)>").count()).toBe(1);
  await waitForObject(page, 'nav:next');
  await page.getByRole('button', { name: '다음' }).click();
  await page.getByRole('button', { name: '<img src=x onerror=alert(5)>' }).click();
  await expect.poll(() => page.getByText('</div><script>alert(7)</script>').count()).toBe(1);
  await page.getByRole('button', { name: 'English' }).click();
  await expect.poll(() => page.getByRole('button', { name: '&lt;b&gt;entity&lt;/b&gt;' }).count()).toBe(1);

  // Nothing was parsed as markup: no injected elements, no dialogs.
  expect(await page.locator('main img, main iframe, main script, main svg[onload], main a[href^="javascript"]').count()).toBe(0);
  expect(dialogs).toEqual([]);
  expect(problems).toEqual([]);
  await context.close();
});

test('the built page runs under a Content-Security-Policy that forbids eval', async () => {
  const context = await browser.newContext();
  const { page, problems } = await guardedPage(context);
  await page.goto(`${baseUrl()}#/`);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).not.toContain('unsafe-eval');
  expect(csp).not.toContain('unsafe-inline');
  // An injected inline script and a string handed to setTimeout (eval by another name) both stay unrun.
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inlineRan = true';
    document.head.append(s);
    (setTimeout as unknown as (code: string, ms: number) => void)('window.__evalRan = true', 0);
  });
  // The guard saw both violations, as it would in any other test: both were tried, and refused.
  await expect.poll(() => problems.filter((p) => p.startsWith('CSP violation: script-src')).length).toBe(2);
  expect(await page.evaluate(() => [(window as unknown as { __inlineRan?: boolean }).__inlineRan, (window as unknown as { __evalRan?: boolean }).__evalRan])).toEqual([undefined, undefined]);
  await context.close();
});
