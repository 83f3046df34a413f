import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Language } from '../../src/lesson/common.ts';
import { guardedPage, launch } from './browser.ts';
import { lessonCases, playLesson, startLessonInVR } from './play.ts';
import { emulateQuest3, VR_WINDOW } from './xr.ts';

/**
 * Every lesson under lessons/ played to its end in emulated VR (IWER, Quest 3), high-school band.
 * The welcome lesson and the example lessons (one per step type, every quiz kind among them): after
 * the Enter-VR button, only controller clicks on 3D objects; the DOM layer is read to know where the
 * student is, never clicked. The long ICEC lessons, whose step types those already press with the
 * controller, are played in the headset through the DOM layer's controls, every step still checked in
 * 3D: a controller press costs a second of SwiftShader frames, and these lessons have a hundred.
 * Languages are the other way round from the desktop run, so each lesson is played once in each.
 */
const cases = lessonCases();
const CONTROLLER = (id: string) => id === 'welcome' || id.startsWith('examples/');
const SCREENS: Record<string, Language> = { 'my-carbon-day': 'en', 'hot-city-green-city': 'ko' };
/** PLAY_SCREENS=1 leaves a picture of each step type in .tmp/screens/ (two lessons, one per language). */
const SHOTS = !!process.env.PLAY_SCREENS;

/**
 * Lessons are played in the small window of xr.ts (VR_WINDOW); screenshots enlarge the canvas to
 * 1280×800 for the picture only (play.ts).
 */
const SIZE = VR_WINDOW;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

for (const [i, c] of cases.entries()) {
  const lang: Language = SCREENS[c.id] ?? (i % 2 ? 'ko' : 'en');
  test(`emulated Quest 3 (${lang}, high school): ${c.id} from start to finish ${CONTROLLER(c.id) ? 'with the controller' : 'in the headset'}`, async () => {
    const context = await browser.newContext({ viewport: SIZE, serviceWorkers: 'block' });
    const { page, problems } = await guardedPage(context);
    await emulateQuest3(page);
    await page.addInitScript((l) => localStorage.setItem('climatexr.lang', l), lang);
    await startLessonInVR(page, c.id, lang, 'high');
    const report = await playLesson(page, c, 'vr', { lang, band: 'high', vrPress: CONTROLLER(c.id) ? 'controller' : 'dom', ...(SHOTS && c.id in SCREENS ? { screens: `play-vr-${lang}-${c.id}` } : {}) });
    expect(report.path.length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await context.close();
  }, 300_000);
}
