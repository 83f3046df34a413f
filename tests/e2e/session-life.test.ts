import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { baseUrl, guardedPage, launch, reviewShot, startLesson, waitForObject } from './browser.ts';
import { clickWithController, emulateQuest3, enterVR, VR_WINDOW, xrFrames } from './xr.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function openWelcomeQuiz(page: Page) {
  await startLesson(page, 'welcome');
  await page.getByRole('button', { name: '다음' }).click();
  await page.getByRole('button', { name: '다음' }).click();
  await expect.poll(() => page.locator('[data-step]').getAttribute('data-step')).toBe('try-it');
}

test('losing the WebGL context says so, then rebuilds the scene with the student\'s answers kept', async () => {
  const context = await browser.newContext();
  const { page, problems } = await guardedPage(context);
  await openWelcomeQuiz(page);
  await page.getByRole('button', { name: '끝까지 참고 계속한다' }).click();
  await waitForObject(page, 'answer:keep-going');

  await page.evaluate(() => {
    const gl = (window as unknown as { __climatexr: { gl: { getContext(): WebGLRenderingContext } } }).__climatexr.gl.getContext();
    const ext = gl.getExtension('WEBGL_lose_context')!;
    (window as unknown as { __lose: WEBGL_lose_context }).__lose = ext;
    ext.loseContext();
  });
  await expect.poll(() => page.getByText('3D 화면이 잠시 멈췄어요').count()).toBe(1);
  await page.evaluate(() => (window as unknown as { __lose: WEBGL_lose_context }).__lose.restoreContext());
  await expect.poll(() => page.locator('.stage-box').getAttribute('data-generation')).toBe('1');
  await waitForObject(page, 'answer:take-off');
  await expect.poll(() => page.getByText('3D 화면이 잠시 멈췄어요').count()).toBe(0);
  // Same step, same attempt used.
  await expect.poll(() => page.getByText('다시 해 보세요', { exact: false }).count()).toBe(1);
  const drawn = await page.evaluate(() => (window as unknown as { __climatexr: { gl: { info: { render: { calls: number } } } } }).__climatexr.gl.info.render.calls);
  expect(drawn).toBeGreaterThan(0);
  expect(problems).toEqual([]);
  await context.close();
});

test('a refused VR start is explained in the student\'s language, and the lesson goes on', async () => {
  const context = await browser.newContext();
  const { page, problems } = await guardedPage(context);
  await emulateQuest3(page);
  await page.addInitScript(() => {
    const xr = (navigator as unknown as { xr: { requestSession: () => Promise<never> } }).xr;
    xr.requestSession = () => Promise.reject(new DOMException('The user denied it', 'NotAllowedError'));
  });
  await page.goto(`${baseUrl()}#/`);
  await page.getByRole('button', { name: 'English' }).click();
  await startLesson(page, 'welcome', { band: 'High school', query: '' });
  const enter = page.getByRole('button', { name: 'Enter VR' });
  await expect.poll(() => enter.isEnabled()).toBe(true);
  await enter.click();
  await expect.poll(() => page.locator('#vr-why').textContent()).toContain('Starting VR was refused');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect.poll(() => page.getByRole('heading', { name: 'How to press' }).isVisible()).toBe(true);
  expect(problems).toEqual([]);
  await context.close();
});

test('in VR the student faces the panel, turns in 30° snaps with the thumbstick, and can recenter', async () => {
  const context = await browser.newContext({ viewport: VR_WINDOW });
  const { page, problems } = await guardedPage(context);
  await emulateQuest3(page);
  await startLesson(page, 'welcome', { band: '고등학생' });
  await enterVR(page);
  await waitForObject(page, 'nav:recenter');
  const yaw = () => page.evaluate(() => {
    const cam = (window as unknown as { __climatexr: { gl: { xr: { getCamera(): { getWorldDirection(v: unknown): { x: number; z: number }; position: { clone(): unknown } } } } } }).__climatexr.gl.xr.getCamera();
    const d = cam.getWorldDirection(cam.position.clone());
    return Math.round((Math.atan2(-d.x, -d.z) * 180) / Math.PI);
  });
  await expect.poll(yaw).toBe(0);
  await xrFrames(page, 10); // the rig recenters on the first head pose
  const stick = (x: number) => page.evaluate((v) => (window as unknown as { __xrDevice: { controllers: { right: { updateAxes(id: string, x: number, y: number): void } } } }).__xrDevice.controllers.right.updateAxes('thumbstick', v, 0), x);
  await stick(1);
  await xrFrames(page, 3);
  await stick(0);
  await xrFrames(page, 2);
  await expect.poll(yaw).toBe(-30);
  // Holding the stick does not keep turning: one push, one snap.
  await stick(-1);
  await xrFrames(page, 8);
  await stick(0);
  await xrFrames(page, 2);
  await expect.poll(yaw).toBe(0);
  await stick(-1);
  await xrFrames(page, 3);
  await stick(0);
  await xrFrames(page, 2);
  await expect.poll(yaw).toBe(30);
  // The 3D Recenter button, pressed with the controller, puts the panel back in front.
  await clickWithController(page, 'nav:recenter');
  await reviewShot(page, 'vr-recenter');
  await expect.poll(yaw).toBe(0);
  expect(problems).toEqual([]);
  await context.close();
});
