import { Quaternion, Vector3, type Object3D } from 'three';

/** Where the student's eyes are put when seated: standing eye height, metres. */
export const STANDING_EYE = 1.6;
export const SNAP_DEGREES = 30;

const Y = new Vector3(0, 1, 0);
const headPos = new Vector3();
const headQ = new Quaternion();
const forward = new Vector3();
const offset = new Vector3();

function yawOf(q: Quaternion): number {
  forward.set(0, 0, -1).applyQuaternion(q);
  return Math.atan2(-forward.x, -forward.z);
}

/**
 * Moves the XR origin so the head (`head`: its pose local to the origin) stands at the room's centre
 * facing −Z, where the lesson panel is. Seated: the eye is lifted to standing height.
 */
export function recenter(origin: Object3D, head: Object3D, seated: boolean): void {
  headPos.copy(head.position);
  headQ.copy(head.quaternion);
  const yaw = yawOf(headQ);
  origin.rotation.set(0, -yaw, 0);
  offset.set(headPos.x, 0, headPos.z).applyAxisAngle(Y, -yaw);
  origin.position.set(-offset.x, seated ? STANDING_EYE - headPos.y : 0, -offset.z);
}

const worldHead = new Vector3();

/** Turns the student on the spot by `radians` about their head, as a snap turn does. */
export function snapTurn(origin: Object3D, head: Object3D, radians: number): void {
  head.getWorldPosition(worldHead);
  origin.position.sub(worldHead).applyAxisAngle(Y, radians).add(worldHead);
  origin.rotation.y += radians;
}

/**
 * Moves the origin sideways so the head stands over world point (x, z), as a teleport does: at once,
 * height and facing kept. Writes the move into `moved` (world metres).
 */
export function teleportHead(origin: Object3D, head: Object3D, x: number, z: number, moved: Vector3): Vector3 {
  head.getWorldPosition(worldHead);
  moved.set(x - worldHead.x, 0, z - worldHead.z);
  origin.position.add(moved);
  return moved;
}
