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
  // Aim, then wait until the ray's hover shows on the target (Button3D turns #4a6a86), aiming again
  // each time: the XR origin may still be recentering right after the session starts.
  const deadline = Date.now() + 8000;
  for (;;) {
    const hovered = await page.evaluate(aim, { n: name, from });
    if (hovered || Date.now() > deadline) break;
    await page.waitForTimeout(150);
  }
  // Press and release a frame apart: on a loaded machine XR frames can be further apart than the
  // press, and a press no frame sampled is no press at all.
  await xrFrames(page, 1);
  await trigger(page, 1);
  await xrFrames(page, 2);
  await trigger(page, 0);
  await xrFrames(page, 2);
}

/** Resolves after `n` frames of the active XR session. */
export function xrFrames(page: Page, n: number): Promise<void> {
  return page.evaluate((count) => new Promise<void>((done) => {
    const s = (window as unknown as { __xrDevice: { activeSession?: XRSession } }).__xrDevice.activeSession;
    if (!s) return done();
    let left = count;
    const tick = () => (--left <= 0 ? done() : s.requestAnimationFrame(tick));
    s.requestAnimationFrame(tick);
  }), n);
}


function trigger(page: Page, value: number) {
  return page.evaluate((v) => (window as unknown as { __xrDevice: { controllers: { right: { updateButtonValue(id: string, v: number): void } } } }).__xrDevice.controllers.right.updateButtonValue('trigger', v), value);
}

/** Runs in the page: points the right controller from `from` at object `n`; true once it shows hover. */
function aim({ n, from }: { n: string; from: [number, number, number] }): boolean {
  type V = { x: number; y: number; z: number };
  const w = window as unknown as {
    __climatexr: {
      scene: { getObjectByName(n: string): { getWorldPosition(v: V): V; position: { clone(): V }; material?: { color?: { getHexString(): string } } } | undefined };
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
  const q = [dy, -dx, 0, 1 - dz];
  const ql = Math.hypot(...q);
  const c = w.__xrDevice.controllers.right;
  // The left controller points at the floor, so only the right ray can hover the target.
  const left = (w.__xrDevice.controllers as unknown as { left: typeof c }).left;
  left.position.set(-0.3, 1.0, -0.2);
  left.quaternion.set(-Math.SQRT1_2, 0, 0, Math.SQRT1_2);
  c.position.set(from[0], from[1], from[2]);
  c.quaternion.set(q[0]! / ql, q[1]! / ql, q[2]! / ql, q[3]! / ql);
  const hex = o.material?.color?.getHexString();
  return hex === undefined ? true : hex === '4a6a86';
}
