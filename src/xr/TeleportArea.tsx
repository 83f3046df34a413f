import { TeleportTarget, useXR } from '@react-three/xr';
import { useEffect } from 'react';
import { CircleGeometry, MeshBasicMaterial, RingGeometry } from 'three';
import { allowTeleport, requestTeleport, returnHome, TELEPORT_RADIUS } from './teleport.ts';

// Just above the ground, drawn without depth writes: a faint circle with a clearer edge.
const fill = new CircleGeometry(TELEPORT_RADIUS, 48).rotateX(-Math.PI / 2);
const edge = new RingGeometry(TELEPORT_RADIUS - 0.04, TELEPORT_RADIUS, 64).rotateX(-Math.PI / 2);
const fillMaterial = new MeshBasicMaterial({ color: '#9be7b8', transparent: true, opacity: 0.12, depthWrite: false, toneMapped: false });
const edgeMaterial = new MeshBasicMaterial({ color: '#9be7b8', transparent: true, opacity: 0.45, depthWrite: false, toneMapped: false });
const noRaycast = () => {};

/**
 * A scene step's teleport area, in world space around where the step begins: while it is mounted the
 * controllers carry @react-three/xr's teleport pointer, and in VR the ground within the circle takes it.
 * Unmounted (the step changed), the pointer goes and the student is put back where the step began.
 */
export function TeleportArea() {
  const inXR = useXR((s) => s.session != null);
  useEffect(() => {
    allowTeleport(true);
    return () => {
      allowTeleport(false);
      returnHome();
    };
  }, []);
  if (!inXR) return null;
  return (
    <group name="teleport-area" position={[0, 0.01, 0]}>
      <TeleportTarget onTeleport={(_, e) => requestTeleport(e.point.x, e.point.z)}>
        <mesh name="teleport-ground" geometry={fill} material={fillMaterial} renderOrder={1} />
      </TeleportTarget>
      <mesh geometry={edge} material={edgeMaterial} renderOrder={1} raycast={noRaycast} />
    </group>
  );
}
