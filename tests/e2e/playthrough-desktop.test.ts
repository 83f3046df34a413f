import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Language } from '../../src/lesson/common.ts';
import type { AgeBand } from '../../src/runner/types.ts';
import { baseUrl, guardedPage, launch } from './browser.ts';
import { lessonCases, playLesson, startLessonByKeyboard } from './play.ts';

/**
 * Every lesson under lessons/ played to its end on a desktop with the keyboard alone (Tab, Shift+Tab,
 * Enter, Space, arrow keys) through the DOM layer, middle-school band, except lessons named in BANDS.
 * Lessons alternate between Korean and English.
 */
const cases = lessonCases();
/**
 * Lessons played here in another band than middle school: their adult course, which no other
 * browser test plays. The VR run plays every lesson's high-school course; the runner's unit tests play
 * every band of every lesson.
 */
const BANDS: Record<string, AgeBand> = { 'clean-water-journey': 'adult' };
const BAND_NAMES: Record<AgeBand, string> = { middle: 'middle school', high: 'high school', adult: 'adults' };
/** PLAY_SCREENS=1 leaves a screenshot of each step type in .tmp/screens/ (two lessons, one per language). */
const SHOTS = !!process.env.PLAY_SCREENS;
const SCREENS: Record<string, Language> = { 'my-carbon-day': 'ko', 'hot-city-green-city': 'en' };

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

test('the lessons played are exactly the ones the home page offers', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const { page, problems } = await guardedPage(context);
  await page.goto(`${baseUrl()}?e2e`);
  const links = page.locator('a[href^="#/lesson/"]');
  await links.first().waitFor({ timeout: 30_000 });
  const offered = [...new Set(await links.evaluateAll((as) => as.map((a) => decodeURIComponent(a.getAttribute('href')!.slice('#/lesson/'.length)))))];
  // Test builds also offer the hostile lessons of tests/fixtures/app-lessons/ ("tests/…"): not for playing.
  expect(offered.filter((id) => !id.startsWith('tests/')).sort()).toEqual(cases.map((c) => c.id).sort());
  expect(cases.map((c) => c.id)).toEqual(expect.arrayContaining(['welcome', 'my-carbon-day', 'examples/example-quiz']));
  // Each lesson named in BANDS is a lesson, for that band.
  for (const [id, band] of Object.entries(BANDS)) expect(cases.find((c) => c.id === id)?.lesson.ageBands, id).toContain(band);
  expect(problems).toEqual([]);
  await context.close();
});

for (const [i, c] of cases.entries()) {
  const lang: Language = SCREENS[c.id] ?? (i % 2 ? 'en' : 'ko');
  const band = BANDS[c.id] ?? 'middle';
  test(`keyboard alone (${lang}, ${BAND_NAMES[band]}): ${c.id} from start to finish`, async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
    const { page, problems } = await guardedPage(context);
    await page.addInitScript((l) => localStorage.setItem('climatexr.lang', l), lang);
    await startLessonByKeyboard(page, c.id, lang, band);
    const report = await playLesson(page, c, 'keyboard', { lang, band, ...(SHOTS && c.id in SCREENS ? { screens: `play-desktop-${lang}-${c.id}` } : {}) });
    expect(report.path.length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await context.close();
  });
}
