import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { loadLesson } from '../../src/lesson/load.ts';
import { afterFrames, baseUrl, guardedPage, launch, reviewShot, waitForObject } from './browser.ts';
import { clickWithController, emulateQuest3, VR_WINDOW, xrFrames } from './xr.ts';

/**
 * The lesson's world answers a footprint choice around the student, on a desktop and in an
 * emulated Quest 3. tests/fixtures/e2e/e2e-worlds.json (a street; a travel choice, a sea-level choice)
 * is served in place of lessons/examples/example-world.json's chunk, checked by the build's loader.
 * What is asserted is what a student sees change: the haze (the fog closing in), the cars out on the
 * road, the flood water's height at their feet, the balloons overhead; and that nothing moves them.
 */
const SLOT = 'examples/example-world';
const text = readFileSync(new URL('../fixtures/e2e/e2e-worlds.json', import.meta.url), 'utf8').replace('"id": "e2e-worlds"', '"id": "example-world"');
const loaded = loadLesson(text, `lessons/${SLOT}.json`);
if (!loaded.ok) throw new Error('tests/fixtures/e2e/e2e-worlds.json does not load');

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function open(context: BrowserContext, vr: boolean): Promise<{ page: Page; problems: string[] }> {
  const g = await guardedPage(context);
  if (vr) await emulateQuest3(g.page);
  await g.page.addInitScript(() => localStorage.setItem('climatexr.lang', 'ko'));
  await g.page.route(/\/assets\/example-world-[\w-]+\.js$/, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: `export default ${JSON.stringify(loaded)};` }));
  await g.page.goto(`${baseUrl()}?e2e#/lesson/${SLOT}`);
  await g.page.getByLabel(/별명|Nickname/).fill('거리');
  await g.page.getByRole('button', { name: /^(만들기|Create)$/ }).click();
  await g.page.getByRole('button', { name: '중학생', exact: true }).click();
  await g.page.locator('[data-step]').waitFor({ timeout: 30_000 });
  return g;
}

interface Seen {
  /** Where the fog is thick (m): haze brings it close. */
  fogFar: number;
  /** Share of the road's cars out (the world shader's uniform). */
  traffic: number;
  /** The world's clock (s): it runs unless motion is reduced. */
  clock: number;
  /** Flood water's surface above the ground (m), or null while it is away. */
  flood: number | null;
  /** Balloons of CO₂e overhead that are showing. */
  balloons: number;
  /** Where the student's view stands. */
  eye: [number, number, number];
}

function seen(page: Page): Promise<Seen> {
  return page.evaluate(() => {
    type O = { material: { userData: { uniforms: Record<string, { value: number }> & { uBalloon: { value: Float32Array } } } } };
    const s = (window as unknown as { __climatexr: { scene: { fog: { far: number }; getObjectByName(n: string): O }; camera: { getWorldPosition(v: unknown): { x: number; y: number; z: number }; position: { clone(): unknown } } } }).__climatexr;
    const u = s.scene.getObjectByName('world:place').material.userData.uniforms;
    // A balloon shows once it has risen more than half way (its size in the shader); negative: leaving.
    const balloons = Array.from(u.uBalloon.value).filter((v) => v > 0.5).length;
    const eye = s.camera.getWorldPosition(s.camera.position.clone());
    // The flood water's surface: the shader raises the place's flood rings to this height, and away when dry.
    const flood = u.uFlood!.value > 0.004 ? u.uFlood!.value : null;
    return { fogFar: s.scene.fog.far, traffic: u.uTraffic!.value, clock: u.uTime!.value, flood, balloons, eye: [eye.x, eye.y, eye.z] as [number, number, number] };
  });
}

const poll = <T>(fn: () => Promise<T>) => expect.poll(fn, { timeout: 20_000, interval: 100 });

test('desktop (Korean), reduced motion: the street fills with traffic and haze for a car and clears for walking; water rises round the feet; nothing moves on its own', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block', reducedMotion: 'reduce' });
  const { page, problems } = await open(context, false);
  await waitForObject(page, 'world:street');
  await waitForObject(page, 'footprint:car');
  // The world as written: a clear morning, the road's usual traffic, no water, no balloons yet.
  const before = await seen(page);
  expect(before.fogFar).toBeGreaterThan(120);
  expect(before.traffic).toBeCloseTo(0.4, 5);
  expect(before.flood).toBeNull();
  expect(before.balloons).toBe(0);

  await page.getByRole('radio', { name: /자동차/ }).check();
  await poll(async () => (await seen(page)).traffic).toBe(1);
  const car = await seen(page);
  expect(car.fogFar).toBeLessThan(40);
  expect(car.balloons).toBeGreaterThan(0);
  await reviewShot(page, 'desktop-world-car-ko');

  await page.getByRole('radio', { name: /걷기/ }).check();
  await poll(async () => (await seen(page)).traffic).toBe(0);
  const walk = await seen(page);
  expect(walk.fogFar).toBeGreaterThan(120);
  expect(walk.balloons).toBe(0);
  // Reduced motion: the world's clock stands still (no cars driving, no water flowing).
  await afterFrames(page, 5, 300);
  expect((await seen(page)).clock).toBe(walk.clock);

  await page.getByRole('button', { name: '다음', exact: true }).click();
  await waitForObject(page, 'footprint:ac');
  expect((await seen(page)).flood).toBeNull();
  await page.getByRole('radio', { name: /에어컨/ }).check();
  await poll(async () => (await seen(page)).flood).toBeCloseTo(0.45, 3);
  await reviewShot(page, 'desktop-world-flood-ko');
  await page.getByRole('radio', { name: /선풍기/ }).check();
  await poll(async () => (await seen(page)).flood).toBeCloseTo(0.45 * (0.5 / 6), 3);
  // The student's view never moved.
  expect((await seen(page)).eye).toEqual(before.eye);
  expect(problems).toEqual([]);
  await context.close();
});

test('emulated Quest 3: a controller choice brings the traffic and haze, then the flood, round the student in the headset', async () => {
  const context = await browser.newContext({ viewport: VR_WINDOW, serviceWorkers: 'block' });
  const { page, problems } = await open(context, true);
  const enter = page.getByRole('button', { name: /VR/ });
  await expect.poll(() => enter.isEnabled()).toBe(true);
  await enter.focus();
  await page.keyboard.press('Enter');
  await poll(() => page.evaluate(() => !!(window as unknown as { __xrDevice: { activeSession?: unknown } }).__xrDevice.activeSession)).toBe(true);
  await xrFrames(page, 10);
  await waitForObject(page, 'world:street');
  await waitForObject(page, 'footprint:car');
  const before = await seen(page);
  expect(before.fogFar).toBeGreaterThan(120);

  await clickWithController(page, 'footprint:car');
  // Motion on: the haze closes in over a second or two, the cars come out, the world's clock runs.
  await poll(async () => (await seen(page)).fogFar).toBeLessThan(40);
  await poll(async () => (await seen(page)).traffic).toBe(1);
  const clock = (await seen(page)).clock;
  await xrFrames(page, 5);
  expect((await seen(page)).clock).toBeGreaterThan(clock);

  await clickWithController(page, 'nav:next');
  await waitForObject(page, 'footprint:ac');
  await clickWithController(page, 'footprint:ac');
  await poll(async () => (await seen(page)).flood ?? 0).toBeGreaterThan(0.44);
  // The haze belonged to the travel choice: this step's world is clear again.
  expect((await seen(page)).fogFar).toBeGreaterThan(120);
  expect(problems).toEqual([]);
  await context.close();
});
