import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

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
  for (let frames = 0; frames < 60; frames++) {
    if (await page.evaluate(aim, { n: name, from })) break;
    await xrFrames(page, 1);
  }
  // Press, let a frame sample it, release, let a frame sample that: on a loaded machine XR frames can
  // be further apart than the press, and a press no frame sampled is no press at all.
  await trigger(page, 1);
  await xrFrames(page, 1);
  await trigger(page, 0);
  await xrFrames(page, 1);
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

// ---- Hands (IWER's emulated Quest 3 hands: a pinch is `select`, the index fingertip pokes) ----

type V3 = [number, number, number];

/**
 * Switches the emulated Quest 3 from controllers to tracked hands and waits until the session lists
 * both hands (with joints) as input sources.
 */
export async function useHands(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __xrDevice: { primaryInputMode: string } }).__xrDevice.primaryInputMode = 'hand';
  });
  await page.waitForFunction(() => {
    const s = (window as unknown as { __xrDevice: { activeSession?: XRSession } }).__xrDevice.activeSession;
    if (!s) return false;
    const sources = Array.from(s.inputSources);
    return sources.some((x) => x.hand && x.handedness === 'right') && sources.some((x) => x.hand && x.handedness === 'left') && !sources.some((x) => !x.hand && x.targetRayMode === 'tracked-pointer');
  }, undefined, { timeout: 15_000 });
}

/**
 * Aims the right hand's ray from `from` at a named 3D object and waits until the object shows hover.
 * The ray first rests on empty space above it until no hover shows, so the hover seen is the hand's
 * own (not one left over from the controllers). Returns whether the hover showed.
 */
export async function aimHandAt(page: Page, name: string, from: V3 = [0.25, 1.3, -0.3]): Promise<boolean> {
  await aimUntil(page, { n: name, from, miss: 1.2 }, false, 30);
  return aimUntil(page, { n: name, from, miss: 0 }, true, 60);
}

/**
 * Pinches the right hand for a few frames, as a student's pinch-and-release, its ray aimed from `from`
 * at a named 3D object (see aimHandAt) or, with `miss`, the same distance but `miss` metres higher:
 * empty space. Returns whether the target showed hover just before the pinch.
 */
export async function pinchWithHand(page: Page, name: string, opts: { from?: V3; miss?: number } = {}): Promise<boolean> {
  const from = opts.from ?? [0.25, 1.3, -0.3];
  const hovered = opts.miss ? await aimUntil(page, { n: name, from, miss: opts.miss }, false, 30) : await aimHandAt(page, name, from);
  // Pinch and release a few frames apart (IWER applies a pinch value at the next frame's start).
  await xrFrames(page, 1);
  await pinch(page, 1);
  await xrFrames(page, 3);
  await pinch(page, 0);
  await xrFrames(page, 3);
  return hovered;
}

/** Aims until the target's hover is `hover`, for at most `frames` XR frames; returns the hover last seen. */
async function aimUntil(page: Page, a: { n: string; from: V3; miss: number }, hover: boolean, frames: number): Promise<boolean> {
  for (let i = 0; ; i++) {
    const hovered = await page.evaluate(aimHand, a);
    if (hovered === hover || i >= frames) return hovered;
    await xrFrames(page, 1);
  }
}

/**
 * Pokes a named 3D object with the right index fingertip, hand in IWER's "point" pose: the fingertip
 * comes along the button's normal from 30 cm in front, through the surface to `depth` metres behind
 * it, and back out, one place every `hold` XR frames (all in the page: a real poke takes well under
 * the app's 3 s press limit, and so must this one on a slow machine). With `aside`, the same path
 * `aside` metres to the right of the object (a miss). Returns the fingertip's distances from the
 * surface (metres, + in front) as the session reported them, frame by frame, for diagnosing a failure.
 */
export async function pokeWithHand(page: Page, name: string, opts: { depth?: number; aside?: number; hold?: number } = {}): Promise<number[]> {
  const depth = opts.depth ?? 0.02;
  const aside = opts.aside ?? 0;
  // Hold the pose first, then measure where its fingertip is relative to the hand's pose.
  await page.evaluate(pokeAlong, { n: name, aside, offset: [0, 0, 0] as V3, path: [0.3], hold: 3 });
  const offset = await page.evaluate(tipOffset);
  const path = [0.3, 0.12, 0.08, 0.05, 0.02, 0, -depth, -depth, 0, 0.05, 0.08, 0.3];
  return page.evaluate(pokeAlong, { n: name, aside, offset, path, hold: opts.hold ?? 2 });
}

function pinch(page: Page, value: number) {
  return page.evaluate((v) => (window as unknown as { __xrDevice: { hands: { right: { updatePinchValue(v: number): void } } } }).__xrDevice.hands.right.updatePinchValue(v), value);
}

interface HandPage {
  __climatexr: {
    scene: { getObjectByName(n: string): { getWorldPosition(v: unknown): unknown; getWorldQuaternion(q: unknown): unknown; position: { clone(): unknown }; quaternion: { clone(): unknown }; material?: { color?: { getHexString(): string } } } | undefined };
    gl: { xr: { getCamera(): { parent: { worldToLocal(v: unknown): unknown; getWorldQuaternion(q: unknown): unknown } | null }; getReferenceSpace(): XRReferenceSpace | null } };
  };
  __xrDevice: {
    activeSession?: XRSession;
    hands: Record<'left' | 'right', { poseId: string; position: { x: number; y: number; z: number; set(x: number, y: number, z: number): void }; quaternion: { set(x: number, y: number, z: number, w: number): void } }>;
  };
}

/** Runs in the page: the right hand's ray from `from` at object `n` (raised by `miss`); whether `n` shows hover. */
function aimHand({ n, from, miss }: { n: string; from: V3; miss: number }): boolean {
  type V = { x: number; y: number; z: number };
  const w = window as unknown as HandPage;
  const o = w.__climatexr.scene.getObjectByName(n);
  if (!o) throw new Error(`no 3D object named ${n}`);
  // Hand poses are in the XR origin's space, which snap turns and recentering move.
  const world = o.getWorldPosition(o.position.clone()) as V;
  const origin = w.__climatexr.gl.xr.getCamera().parent;
  const t = (origin ? origin.worldToLocal(world) : world) as V;
  t.y += miss;
  let dx = t.x - from[0], dy = t.y - from[1], dz = t.z - from[2];
  const len = Math.hypot(dx, dy, dz);
  dx /= len; dy /= len; dz /= len;
  // The rotation taking the hand's ray (0, 0, −1) onto the direction to the target.
  const q = [dy, -dx, 0, 1 - dz];
  const ql = Math.hypot(...q);
  const { left, right } = w.__xrDevice.hands;
  right.poseId = 'default';
  // The left hand hangs low, palm down, its ray on the floor.
  left.position.set(-0.3, 0.9, -0.1);
  left.quaternion.set(-Math.SQRT1_2, 0, 0, Math.SQRT1_2);
  right.position.set(from[0], from[1], from[2]);
  right.quaternion.set(q[0]! / ql, q[1]! / ql, q[2]! / ql, q[3]! / ql);
  const hex = o.material?.color?.getHexString();
  return hex === undefined ? true : hex === '4a6a86';
}

/**
 * Runs in the page, over XR frames: the right hand in the "point" pose, facing object `n` along its
 * normal, placed so that (hand position + `offset`, the fingertip) lies at each of `path` in turn
 * (metres in front of the object's centre, `aside` metres to its right), `hold` frames at each.
 * Resolves with the fingertip's distance in front of the object's plane at every frame.
 */
function pokeAlong({ n, aside, offset, path, hold }: { n: string; aside: number; offset: V3; path: number[]; hold: number }): Promise<number[]> {
  type V = { x: number; y: number; z: number; clone(): V; sub(v: V): V; dot(v: V): number; set(x: number, y: number, z: number): V; applyQuaternion(q: unknown): V };
  type Q = { x: number; y: number; z: number; w: number; invert(): Q; premultiply(q: Q): Q };
  const w = window as unknown as HandPage;
  const s = w.__xrDevice.activeSession;
  if (!s) return Promise.reject(new Error('no XR session'));
  const frameOf = () => {
    const o = w.__climatexr.scene.getObjectByName(n);
    if (!o) return undefined; // the press may have replaced the step and its buttons
    const origin = w.__climatexr.gl.xr.getCamera().parent;
    const world = o.getWorldPosition(o.position.clone()) as V;
    const centre = (origin ? origin.worldToLocal(world.clone()) : world) as V;
    // The object's orientation, front (+Z) and right (+X), in the origin's space.
    const q = o.getWorldQuaternion(o.quaternion.clone()) as Q;
    if (origin) q.premultiply((origin.getWorldQuaternion(o.quaternion.clone()) as Q).invert());
    return { centre, q, normal: world.clone().set(0, 0, 1).applyQuaternion(q), side: world.clone().set(1, 0, 0).applyQuaternion(q), tmp: world.clone() };
  };
  const { left, right } = w.__xrDevice.hands;
  const place = (d: number) => {
    const f = frameOf();
    if (!f) return;
    left.position.set(-0.3, 0.9, -0.1);
    left.quaternion.set(-Math.SQRT1_2, 0, 0, Math.SQRT1_2);
    right.poseId = 'point';
    // The hand faces the surface: the object's own orientation (its -Z points into the surface).
    right.quaternion.set(f.q.x, f.q.y, f.q.z, f.q.w);
    right.position.set(
      f.centre.x + f.normal.x * d + f.side.x * aside - offset[0],
      f.centre.y + f.normal.y * d + f.side.y * aside - offset[1],
      f.centre.z + f.normal.z * d + f.side.z * aside - offset[2],
    );
  };
  const seen: number[] = [];
  let k = 0;
  return new Promise((done) => {
    const tick = (_: number, frame: XRFrame) => {
      const ref = w.__climatexr.gl.xr.getReferenceSpace();
      const hand = Array.from(frame.session.inputSources).find((x) => x.hand && x.handedness === 'right')?.hand;
      const tip = hand && ref ? frame.getJointPose?.(hand.get('index-finger-tip')!, ref) : undefined;
      const f = frameOf();
      if (k > 0) {
        const t = tip?.transform.position;
        seen.push(t && f ? Math.round(f.tmp.set(t.x, t.y, t.z).sub(f.centre).dot(f.normal) * 1000) / 1000 : Number.NaN);
      }
      if (k >= path.length * hold) return done(seen);
      if (k % hold === 0) place(path[k / hold]!);
      k++;
      s.requestAnimationFrame(tick);
    };
    s.requestAnimationFrame(tick);
  });
}

/** Runs in the page, over one XR frame: the right index fingertip's position minus the hand's position. */
function tipOffset(): Promise<V3> {
  const w = window as unknown as HandPage;
  return new Promise((done, fail) => {
    const s = w.__xrDevice.activeSession;
    if (!s) return fail(new Error('no XR session'));
    s.requestAnimationFrame((_, frame) => {
      const ref = w.__climatexr.gl.xr.getReferenceSpace();
      const hand = Array.from(frame.session.inputSources).find((x) => x.hand && x.handedness === 'right')?.hand;
      const tip = hand && ref ? frame.getJointPose?.(hand.get('index-finger-tip')!, ref) : undefined;
      if (!tip) return fail(new Error('no pose for the right index fingertip'));
      const p = w.__xrDevice.hands.right.position;
      done([tip.transform.position.x - p.x, tip.transform.position.y - p.y, tip.transform.position.z - p.z]);
    });
  });
}

/**
 * The window VR tests run in: IWER draws both eyes into the page's canvas at the window's size, and
 * SwiftShader draws every pixel on the CPU, so a frame at 1280×800 costs several times one at 240×150
 * (a lesson played in the headset: 29 s at 400×250, 21 s at 240×150; smaller gains nothing more, the
 * triangles then cost the most). The emulated headset (poses, field of view, controllers, rays) is the
 * same at any size.
 */
export const VR_WINDOW = { width: 240, height: 150 } as const;

/**
 * Presses the page's Enter-VR button from the keyboard (in a window this small the 3D view covers part
 * of the page) and waits until the emulated headset's session has started.
 */
export async function enterVR(page: Page): Promise<void> {
  const enter = page.getByRole('button', { name: /VR/ });
  await enter.waitFor({ timeout: 30_000 });
  await expect.poll(() => enter.isEnabled(), { timeout: 30_000 }).toBe(true);
  await enter.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => !!(window as unknown as { __xrDevice: { activeSession?: unknown } }).__xrDevice.activeSession), { timeout: 30_000 }).toBe(true);
}
