import { useLoadXRControllerModel, useXRInputSourceStateContext, XRSpace } from '@react-three/xr';
import { useEffect, useMemo } from 'react';
import { type BufferGeometry, Mesh, type Object3D } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';

/**
 * The controller's model (from the app's own profiles) as one mesh: the profile's parts (body,
 * buttons, thumbstick, trigger) share one material, so they are merged into one draw per eye instead
 * of six. A Quest draws both eyes: two controllers went from 28 draw calls a frame to 4, which keeps
 * every step within the headset's budget. The parts no longer move when pressed; the press is felt
 * (haptics) and seen on what it presses.
 */
export function ControllerBody() {
  const state = useXRInputSourceStateContext('controller');
  const model = useLoadXRControllerModel(state.layout);
  const body = useMemo(() => mergedModel(model), [model]);
  useEffect(() => () => {
    if (body !== model) (body as Mesh).geometry.dispose();
  }, [body, model]);
  return (
    <XRSpace space="grip-space">
      <primitive object={body} />
    </XRSpace>
  );
}

/** The model's meshes in one geometry (their transforms baked in), or the model as it is when they cannot merge. */
export function mergedModel(model: Object3D): Object3D {
  model.updateMatrixWorld(true);
  const parts: Mesh[] = [];
  model.traverse((o) => { if ((o as Mesh).isMesh) parts.push(o as Mesh); });
  const material = parts[0]?.material;
  if (!material || parts.some((p) => p.material !== material)) return model;
  const geometries: BufferGeometry[] = parts.map((p) => p.geometry.clone().applyMatrix4(p.matrixWorld));
  const merged = mergeGeometries(geometries);
  for (const g of geometries) g.dispose();
  if (!merged) return model;
  const mesh = new Mesh(merged, material);
  mesh.name = 'controller-body';
  return mesh;
}
