import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { guardedPage, launch } from './browser.ts';
import { mkdirSync } from 'node:fs';
import { startLessonInVR, vrScreenshot } from './play.ts';
import { emulateQuest3, VR_WINDOW } from './xr.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Horizontal distance in metres from the viewer (the XR head, or the desktop camera) to the step's panel. */
function panelDistance(page: Page): Promise<number> {
  return page.evaluate(() => {
    type V = { x: number; z: number };
    const s = (window as unknown as {
      __climatexr: { scene: { getObjectByName(n: string): { getWorldPosition(v: unknown): V } }; camera: { getWorldPosition(v: unknown): V }; gl: { xr: { isPresenting: boolean; getCamera(): { getWorldPosition(v: unknown): V } } } };
    }).__climatexr;
    // three's getWorldPosition writes into the vector it is given: a clone of one of the scene's own.
    const panel = s.scene.getObjectByName('step-view') as unknown as { position: { clone(): V }; getWorldPosition(t: V): V };
    const p = panel.getWorldPosition(panel.position.clone());
    const eye = s.gl.xr.isPresenting ? s.gl.xr.getCamera() : s.camera;
    const e = (eye as unknown as { getWorldPosition(t: V): V }).getWorldPosition(panel.position.clone());
    return Math.hypot(p.x - e.x, p.z - e.z);
  });
}

for (const [scale, expected] of [[1, 1.6], [1.5, 1.6 / 1.5]] as const) {
  test(`text size ${scale}× in VR: the panel stands ${expected.toFixed(2)} m away (1.6 m on the screen)`, async () => {
    const context = await browser.newContext({ viewport: VR_WINDOW, serviceWorkers: 'block' });
    const { page, problems } = await guardedPage(context);
    await emulateQuest3(page);
    await page.addInitScript((s) => localStorage.setItem('climatexr.settings', JSON.stringify({ textScale: s })), scale);
    await page.addInitScript(() => localStorage.setItem('climatexr.lang', 'en'));
    await startLessonInVR(page, 'welcome', 'en', 'middle');
    await expect.poll(() => panelDistance(page), { timeout: 15_000 }).toBeCloseTo(expected, 1);
    if (process.env.PLAY_SCREENS) {
      mkdirSync('.tmp/screens', { recursive: true });
      await vrScreenshot(page, `.tmp/screens/vr-text-size-${scale}.png`);
    }
    // Leaving VR: the screen keeps its own layout (its DOM layer takes the text size).
    await page.evaluate(() => (window as unknown as { __xrDevice: { activeSession?: XRSession } }).__xrDevice.activeSession?.end());
    await expect.poll(() => panelDistance(page), { timeout: 15_000 }).toBeCloseTo(1.6, 1);
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);
}
