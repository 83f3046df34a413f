// The bare stack the bundle-size goal is measured against: React, three, R3F, drei Text,
// @react-three/xr and zustand drawing one box and one text. Built and measured by `npm run bench`.
import { Text } from '@react-three/drei';
import { Canvas } from '@react-three/fiber';
import { createXRStore, XR } from '@react-three/xr';
import { createRoot } from 'react-dom/client';
import { create } from 'zustand';

const useLabel = create(() => ({ label: 'ClimateXR' }));
const store = createXRStore({ emulate: false, offerSession: false });

function Scene() {
  const label = useLabel((s) => s.label);
  return (
    <>
      <mesh position={[0, 1.5, -2]}>
        <boxGeometry />
        <meshBasicMaterial color="green" />
      </mesh>
      <Text font="./fonts/climatexr.woff" position={[0, 2.3, -2]} fontSize={0.2} onSync={() => ((window as unknown as { __ready: boolean }).__ready = true)}>
        {label}
      </Text>
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <Canvas camera={{ position: [0, 1.6, 0], rotation: [0, 0, 0] }}>
    <XR store={store}>
      <Scene />
    </XR>
  </Canvas>,
);
