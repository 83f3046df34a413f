import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { loadLesson } from '../../src/lesson/load.ts';
import { guardedPage, isShown, launch, reviewShot, startLesson, waitForObject } from './browser.ts';
import { clickWithController, emulateQuest3, enterVR, VR_WINDOW, xrFrames } from './xr.ts';

/**
 * tests/fixtures/e2e/e2e-teleport.json (a park scene that allows teleporting, then one that does not)
 * is served in place of the example-scene lesson's chunk, checked by the same loader the build uses.
 */
const SLOT = 'examples/example-scene';
const lesson = (() => {
  const text = readFileSync(new URL('../fixtures/e2e/e2e-teleport.json', import.meta.url), 'utf8').replace('"id": "e2e-teleport"', '"id": "example-scene"');
  const loaded = loadLesson(text, `lessons/${SLOT}.json`);
  if (!loaded.ok) throw new Error(`e2e-teleport.json does not load: ${JSON.stringify(loaded.problems)}`);
  return loaded;
})();

const poll = <T>(fn: () => Promise<T> | T, opts: { timeout?: number } = {}) => expect.poll(fn, { timeout: 15_000, ...opts });

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const stepId = (page: Page) => page.locator('[data-step]').getAttribute('data-step');

/** The XR origin's world position (x, z): where teleporting has put the student's space. */
const origin = (page: Page) => page.evaluate(() => {
  const o = (window as unknown as { __climatexr: { gl: { xr: { getCamera(): { parent: { position: { x: number; z: number } } | null } } } } }).__climatexr.gl.xr.getCamera().parent!;
  return { x: o.position.x, z: o.position.z };
});

/** Both controllers' last haptic pulse, as IWER records it (null: none yet). */
const lastPulses = (page: Page) => page.evaluate(() => {
  const session = (window as unknown as { __xrDevice: { activeSession?: XRSession } }).__xrDevice.activeSession!;
  const out: Record<string, unknown> = {};
  for (const source of session.inputSources) {
    const actuator = (source.gamepad as unknown as { hapticActuators: object[] } | undefined)?.hapticActuators[0];
    if (!actuator) continue;
    const key = Object.getOwnPropertySymbols(actuator).find((s) => s.description === '@iwer/gamepad');
    out[source.handedness] = key ? ((actuator as Record<symbol, { lastPulse: unknown }>)[key]!.lastPulse ?? null) : 'unreadable';
  }
  return out as { left?: { value: number; duration: number } | null; right?: { value: number; duration: number } | null };
});

/**
 * Points the right controller 35° down at the ground ahead (nothing pressable on the way), waits for
 * the pointers to follow, and pulls the trigger for a few frames.
 */
async function pressOnGround(page: Page): Promise<void> {
  await page.evaluate(() => {
    type C = { position: { set(x: number, y: number, z: number): void }; quaternion: { set(x: number, y: number, z: number, w: number): void } };
    const { left, right } = (window as unknown as { __xrDevice: { controllers: { left: C; right: C } } }).__xrDevice.controllers;
    left.position.set(-0.3, 1.0, -0.2);
    left.quaternion.set(-Math.SQRT1_2, 0, 0, Math.SQRT1_2);
    const a = (-35 * Math.PI) / 180 / 2;
    right.position.set(0.25, 1.3, -0.3);
    right.quaternion.set(Math.sin(a), 0, 0, Math.cos(a));
  });
  await xrFrames(page, 10);
  const trigger = (v: number) => page.evaluate((x) => (window as unknown as { __xrDevice: { controllers: { right: { updateButtonValue(id: string, v: number): void } } } }).__xrDevice.controllers.right.updateButtonValue('trigger', x), v);
  await trigger(1);
  await xrFrames(page, 4);
  await trigger(0);
  await xrFrames(page, 4);
}

test('emulated Quest 3: teleport on the ground where the step allows it, back on the next step, none where it does not; presses tick the controller', async () => {
  const context = await browser.newContext({ viewport: VR_WINDOW, serviceWorkers: 'block' });
  const { page, problems } = await guardedPage(context);
  await emulateQuest3(page);
  await page.addInitScript(() => localStorage.setItem('climatexr.lang', 'en'));
  await page.route(/\/assets\/example-scene-[\w-]+\.js$/, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: `export default ${JSON.stringify(lesson)};` }));
  await startLesson(page, SLOT, { band: 'High school' });
  await poll(() => stepId(page)).toBe('walk');
  await enterVR(page);
  await waitForObject(page, 'teleport-ground');
  await waitForObject(page, 'nav:next');
  await xrFrames(page, 10); // the rig recenters on the first head pose
  expect(await lastPulses(page)).toEqual({ left: null, right: null });

  // Aimed at the far hotspot, the trigger visits it: the teleport curve, landing on the ground well
  // short of it, does not take the press.
  const home = await origin(page);
  for (let i = 0; i < 3 && !(await isShown(page, 'hotspot-card:tree')); i++) {
    await clickWithController(page, 'hotspot:tree');
    await poll(() => isShown(page, 'hotspot-card:tree'), { timeout: 5000 }).toBe(true).catch(() => undefined);
  }
  expect(await isShown(page, 'hotspot-card:tree')).toBe(true);
  const after = await origin(page);
  expect(Math.hypot(after.x - home.x, after.z - home.z)).toBeLessThan(0.01);
  // The press ticked the controller that pressed (a short, light pulse), not the other one.
  const first = await lastPulses(page);
  expect(first.right?.value).toBeGreaterThan(0);
  expect(first.left).toBeNull();

  // Aimed at the ground with the trigger: the student stands there, at once (retried: slow frames).
  for (let i = 0; i < 3; i++) {
    await pressOnGround(page);
    const o = await origin(page);
    if (Math.hypot(o.x - home.x, o.z - home.z) > 0.3) break;
  }
  const moved = await origin(page);
  console.log('teleport moved the origin from', JSON.stringify(home), 'to', JSON.stringify(moved));
  expect(moved.z - home.z).toBeLessThan(-0.3);
  expect(Math.hypot(moved.x - home.x, moved.z - home.z)).toBeLessThanOrEqual(3.3);
  await reviewShot(page, 'vr-teleport');

  // The panel came along: Next is pressed with the controller as before (another tick on the right
  // controller), and the next step puts the student back.
  for (let i = 0; i < 3 && (await stepId(page)) === 'walk'; i++) {
    await clickWithController(page, 'nav:next');
    await poll(() => stepId(page), { timeout: 5000 }).toBe('stay').catch(() => undefined);
  }
  expect(await stepId(page)).toBe('stay');
  const pulses = await lastPulses(page);
  expect((pulses.right as { startTime?: number } | null)?.startTime).toBeGreaterThan((first.right as { startTime?: number } | null)?.startTime ?? Infinity);
  expect(pulses.right?.duration).toBeGreaterThan(0);
  expect(pulses.left).toBeNull();
  await poll(async () => {
    const o = await origin(page);
    return Math.hypot(o.x - home.x, o.z - home.z) < 0.01;
  }).toBe(true);

  // A step without teleport has no teleport area, and the same press leaves the student where they are.
  await waitForObject(page, 'hotspot:bench');
  expect(await page.evaluate(() => !!(window as unknown as { __climatexr: { scene: { getObjectByName(n: string): unknown } } }).__climatexr.scene.getObjectByName('teleport-ground'))).toBe(false);
  for (let i = 0; i < 2; i++) await pressOnGround(page);
  const still = await origin(page);
  expect(Math.hypot(still.x - home.x, still.z - home.z)).toBeLessThan(0.01);
  expect(problems).toEqual([]);
  await context.close();
}, 300_000);
