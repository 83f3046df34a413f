import { Group, Object3D, Vector3 } from 'three';
import { describe, expect, test } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { snapTurn, teleportHead } from './rig.ts';
import { allowTeleport, clampToDisc, HOME, requestTeleport, returnHome, setTeleportOffset, TELEPORT_RADIUS, type TeleportState } from './teleport.ts';

const newStore = () => createStore<TeleportState>(() => ({ allowed: false, offset: HOME, request: null, home: 0 }));

function rig(): { origin: Group; head: Object3D } {
  const origin = new Group();
  const head = new Object3D();
  head.position.set(0.2, 1.6, 0.1); // the head's pose in the origin's space
  origin.add(head);
  return { origin, head };
}
const headAt = (head: Object3D) => {
  head.updateWorldMatrix(true, false);
  return head.getWorldPosition(new Vector3());
};

describe('teleport', () => {
  test('the chosen spot stays within the circle', () => {
    expect(clampToDisc(1, -2)).toEqual({ x: 1, z: -2 });
    const far = clampToDisc(0, -10);
    expect(far.x).toBeCloseTo(0);
    expect(far.z).toBeCloseTo(-TELEPORT_RADIUS);
    const s = newStore();
    requestTeleport(30, 40, s);
    expect(Math.hypot(s.getState().request!.x, s.getState().request!.z)).toBeCloseTo(TELEPORT_RADIUS);
  });

  test('teleport is allowed only while a step says so', () => {
    const s = newStore();
    let n = 0;
    s.subscribe(() => n++);
    allowTeleport(false, s);
    expect(n).toBe(0);
    allowTeleport(true, s);
    allowTeleport(true, s);
    expect(s.getState().allowed).toBe(true);
    expect(n).toBe(1);
  });

  test('each request is counted; going home drops a pending one', () => {
    const s = newStore();
    requestTeleport(1, 1, s);
    requestTeleport(1, 2, s);
    expect(s.getState().request).toEqual({ x: 1, z: 2, seq: 2 });
    returnHome(s);
    expect(s.getState().request).toBeNull();
    expect(s.getState().home).toBe(1);
  });

  test('an unchanged offset does not notify; zero is the shared home value', () => {
    const s = newStore();
    let n = 0;
    s.subscribe(() => n++);
    setTeleportOffset(0, 0, s);
    expect(n).toBe(0);
    setTeleportOffset(1, -2, s);
    setTeleportOffset(0, 0, s);
    expect(s.getState().offset).toBe(HOME);
    expect(n).toBe(2);
  });

  test('the head lands over the spot, at the same height and facing; undoing the move brings it back', () => {
    const { origin, head } = rig();
    origin.position.set(0, 0.3, 0); // seated: lifted
    origin.rotation.y = 0.7; // turned
    const before = headAt(head);
    const moved = teleportHead(origin, head, 1.5, -2, new Vector3());
    const after = headAt(head);
    expect(after.x).toBeCloseTo(1.5);
    expect(after.z).toBeCloseTo(-2);
    expect(after.y).toBeCloseTo(before.y);
    expect(origin.rotation.y).toBe(0.7);
    // A snap turn afterwards turns on the spot; taking the move back returns the head to where it was.
    snapTurn(origin, head, Math.PI / 6);
    origin.position.sub(moved);
    const home = headAt(head);
    expect(home.x).toBeCloseTo(before.x);
    expect(home.z).toBeCloseTo(before.z);
  });
});
