import { Euler, Matrix4, Quaternion, Vector3 } from 'three';
import type { LessonProp } from './group.ts';

const p = new Vector3();
const q = new Quaternion();
const e = new Euler();
const s = new Vector3();

/** Writes where a lesson places a prop (position, turn about y, uniform scale) into `out`. */
export function placementMatrix(prop: LessonProp, out: Matrix4): Matrix4 {
  const k = prop.scale ?? 1;
  return out.compose(p.set(...prop.position), q.setFromEuler(e.set(0, ((prop.rotationY ?? 0) * Math.PI) / 180, 0)), s.set(k, k, k));
}
