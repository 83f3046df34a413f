import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const IWER_PATH = require.resolve('iwer/build/iwer.min.js');

/**
 * Installs Meta's IWER emulator as an emulated Quest 3 before the app loads. It lives only in the test
 * page: the app bundle never contains an emulator.
 */
export async function emulateQuest3(page: Page): Promise<void> {
  await page.addInitScript({ path: IWER_PATH });
  await page.addInitScript(() => {
    const IWER = (window as unknown as { IWER: { XRDevice: new (c: unknown) => { installRuntime(o: unknown): void }; metaQuest3: unknown } }).IWER;
    const device = new IWER.XRDevice(IWER.metaQuest3);
    device.installRuntime({ forceInstall: true });
    (window as unknown as { __xrDevice: unknown }).__xrDevice = device;
  });
}

/**
 * Points the emulated right controller from `from` at a named 3D object and pulls the trigger for
 * 100 ms (@react-three/xr counts a press shorter than 300 ms as a click).
 */
export async function clickWithController(page: Page, name: string, from: [number, number, number] = [0.25, 1.3, -0.3]): Promise<void> {
  await page.evaluate(({ n, from }) => {
    type V = { x: number; y: number; z: number };
    const w = window as unknown as {
      __climatexr: {
        scene: { getObjectByName(n: string): { getWorldPosition(v: V): V; position: { clone(): V } } | undefined };
        gl: { xr: { getCamera(): { parent: { worldToLocal(v: V): V } | null } } };
      };
      __xrDevice: { controllers: { right: { position: { set(x: number, y: number, z: number): void }; quaternion: { set(x: number, y: number, z: number, w: number): void } } } };
    };
    const o = w.__climatexr.scene.getObjectByName(n);
    if (!o) throw new Error(`no 3D object named ${n}`);
    // Controller poses are in the XR origin's space, which snap turns and recentering move.
    const world = o.getWorldPosition(o.position.clone());
    const origin = w.__climatexr.gl.xr.getCamera().parent;
    const t = origin ? origin.worldToLocal(world) : world;
    let dx = t.x - from[0], dy = t.y - from[1], dz = t.z - from[2];
    const len = Math.hypot(dx, dy, dz);
    dx /= len; dy /= len; dz /= len;
    // The rotation taking the controller's forward (0, 0, −1) onto the direction to the target.
    const cx = 0 * dz - -1 * dy, cy = -1 * dx - 0 * dz, cz = 0;
    const r = 1 + -dz;
    const q = [cx, cy, cz, r];
    const ql = Math.hypot(...q);
    const c = w.__xrDevice.controllers.right;
    c.position.set(from[0], from[1], from[2]);
    c.quaternion.set(q[0]! / ql, q[1]! / ql, q[2]! / ql, q[3]! / ql);
  }, { n: name, from });
  // Let a few frames pass so the ray pointer registers the hover.
  await page.waitForTimeout(400);
  await page.evaluate(() => (window as unknown as { __xrDevice: { controllers: { right: { updateButtonValue(id: string, v: number): void } } } }).__xrDevice.controllers.right.updateButtonValue('trigger', 1));
  await page.waitForTimeout(100);
  await page.evaluate(() => (window as unknown as { __xrDevice: { controllers: { right: { updateButtonValue(id: string, v: number): void } } } }).__xrDevice.controllers.right.updateButtonValue('trigger', 0));
  await page.waitForTimeout(200);
}
