import { useLayoutEffect, useRef } from 'react';
import { Color, type InstancedMesh, Matrix4 } from 'three';
import { kindGeometry } from './geometry.ts';
import type { LessonProp } from './group.ts';
import { propMaterial } from './materials.ts';
import type { PropDef } from './parts.ts';
import { placementMatrix } from './placement.ts';

const m = new Matrix4();
const c = new Color();

/** Every copy of one built-in kind in one draw call; each copy's colour is its instance colour. */
export function KindInstances({ name, def, props }: { name: string; def: PropDef; props: readonly LessonProp[] }) {
  const mesh = useRef<InstancedMesh>(null);
  useLayoutEffect(() => {
    const x = mesh.current;
    if (!x) return;
    props.forEach((prop, i) => {
      x.setMatrixAt(i, placementMatrix(prop, m));
      x.setColorAt(i, c.set(prop.color ?? def.tint));
    });
    x.instanceMatrix.needsUpdate = true;
    if (x.instanceColor) x.instanceColor.needsUpdate = true;
    x.computeBoundingSphere();
  }, [props, def]);
  return <instancedMesh key={props.length} ref={mesh} name={`props:${name}`} args={[kindGeometry(def), propMaterial, props.length]} />;
}
