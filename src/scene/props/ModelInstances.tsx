import { useGLTF } from '@react-three/drei';
import { useLayoutEffect, useMemo, useRef } from 'react';
import { Color, type InstancedMesh, Matrix4, type Mesh } from 'three';
import { assetUrl } from '../../app/views/narration.ts';
import type { LessonProp } from './group.ts';
import { placementMatrix } from './placement.ts';

const m = new Matrix4();
const white = new Color('#ffffff');
const c = new Color();

/**
 * Every copy of one glTF file under assets/: one instanced draw per mesh in the file. Loaded from our
 * own origin, with no Draco or Meshopt decoders (those would be fetched from a CDN): export plain glTF.
 */
export function ModelInstances({ path, props }: { path: string; props: readonly LessonProp[] }) {
  const gltf = useGLTF(assetUrl(path, document.baseURI), false, false);
  const parts = useMemo(() => {
    gltf.scene.updateMatrixWorld(true);
    const found: { mesh: Mesh; matrix: Matrix4 }[] = [];
    gltf.scene.traverse((o) => {
      if ((o as Mesh).isMesh) found.push({ mesh: o as Mesh, matrix: o.matrixWorld.clone() });
    });
    return found;
  }, [gltf]);
  const refs = useRef<(InstancedMesh | null)[]>([]);
  useLayoutEffect(() => {
    const tinted = props.some((x) => x.color);
    parts.forEach((part, j) => {
      const mesh = refs.current[j];
      if (!mesh) return;
      props.forEach((prop, i) => {
        mesh.setMatrixAt(i, placementMatrix(prop, m).multiply(part.matrix));
        if (tinted) mesh.setColorAt(i, prop.color ? c.set(prop.color) : white);
      });
      mesh.instanceMatrix.needsUpdate = true;
      if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
      mesh.computeBoundingSphere();
    });
  }, [parts, props]);
  return (
    <>
      {parts.map((part, j) => (
        <instancedMesh
          key={`${j}:${props.length}`}
          ref={(r) => {
            refs.current[j] = r;
          }}
          name={`model:${path}`}
          args={[part.mesh.geometry, part.mesh.material, props.length]}
        />
      ))}
    </>
  );
}
