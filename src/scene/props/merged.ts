import { type BufferAttribute, type BufferGeometry, Color, Matrix4 } from 'three';
import { mergeGeometries } from '../mergeGeometries.ts';
import { kindGeometry } from './geometry.ts';
import type { LessonProp, PropGroups } from './group.ts';
import { PROP_LIBRARY } from './library/index.ts';
import { placementMatrix } from './placement.ts';

const m = new Matrix4();
const c = new Color();

/**
 * Every built-in prop of a step as one geometry: each copy placed and its tintable parts coloured
 * (the lesson's `color`, or the kind's own) in its vertices, so a scene of 40 props in 10 kinds is one
 * draw call instead of ten. Built once when the step opens; props stand still.
 */
export function mergedProps(builtin: PropGroups['builtin']): BufferGeometry | null {
  const parts: BufferGeometry[] = [];
  for (const [kind, list] of builtin) {
    const def = PROP_LIBRARY[kind];
    const source = kindGeometry(def);
    for (const prop of list as LessonProp[]) {
      const g = source.clone();
      g.applyMatrix4(placementMatrix(prop, m));
      const color = g.getAttribute('color') as BufferAttribute;
      const tint = g.getAttribute('tint') as BufferAttribute;
      c.set(prop.color ?? def.tint);
      for (let i = 0; i < color.count; i++) {
        if (tint.getX(i) !== 1) continue;
        color.setXYZ(i, color.getX(i) * c.r, color.getY(i) * c.g, color.getZ(i) * c.b);
        tint.setX(i, 0);
      }
      parts.push(g);
    }
  }
  if (parts.length === 0) return null;
  const merged = mergeGeometries(parts);
  for (const g of parts) g.dispose();
  merged.computeBoundingSphere();
  return merged;
}
