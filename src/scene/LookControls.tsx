import { useThree } from '@react-three/fiber';
import { useXR } from '@react-three/xr';
import { useEffect } from 'react';
import { appStore } from '../app/store.ts';

const DRAG_THRESHOLD = 4; // px before a press becomes a look, so clicks on buttons still click
const RADIANS_PER_PX = 0.004;
const KEY_STEP = 0.08;
const MAX_PITCH = 1.2;

/**
 * Desktop and touch: drag to look around, arrow keys to turn. Only the student moves the camera, and
 * only by turning on the spot. Writes the camera directly: no React state per move. Off in VR.
 * Each new step starts facing its panel (the student may have turned to look at something).
 */
export function LookControls() {
  const camera = useThree((s) => s.camera);
  const element = useThree((s) => s.gl.domElement);
  const inXR = useXR((s) => s.session != null);
  useEffect(() => {
    if (inXR) return;
    camera.rotation.order = 'YXZ';
    let down: { x: number; y: number; yaw: number; pitch: number; dragging: boolean } | null = null;
    const turn = (yaw: number, pitch: number) => {
      camera.rotation.y = yaw;
      camera.rotation.x = Math.max(-MAX_PITCH, Math.min(MAX_PITCH, pitch));
    };
    const onDown = (e: PointerEvent) => {
      down = { x: e.clientX, y: e.clientY, yaw: camera.rotation.y, pitch: camera.rotation.x, dragging: false };
    };
    const onMove = (e: PointerEvent) => {
      if (!down) return;
      const dx = e.clientX - down.x;
      const dy = e.clientY - down.y;
      if (!down.dragging && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
      down.dragging = true;
      turn(down.yaw + dx * RADIANS_PER_PX, down.pitch + dy * RADIANS_PER_PX);
    };
    const onUp = () => {
      down = null;
    };
    const onKey = (e: KeyboardEvent) => {
      const d = { ArrowLeft: [KEY_STEP, 0], ArrowRight: [-KEY_STEP, 0], ArrowUp: [0, KEY_STEP], ArrowDown: [0, -KEY_STEP] }[e.key];
      const target = e.target as Node;
      // Only when the 3D view (or nothing) has focus: arrow keys in the lesson panel keep their meaning.
      if (!d || !(target === document.body || target.contains(element))) return;
      e.preventDefault();
      turn(camera.rotation.y + d[0]!, camera.rotation.x + d[1]!);
    };
    let stepId = appStore.getState().session?.runner.stepId;
    const offStep = appStore.subscribe((s) => {
      const next = s.session?.runner.stepId;
      if (next === stepId) return;
      stepId = next;
      down = null;
      turn(0, 0);
    });
    element.addEventListener('pointerdown', onDown);
    window.addEventListener('pointermove', onMove);
    window.addEventListener('pointerup', onUp);
    window.addEventListener('keydown', onKey);
    return () => {
      offStep();
      element.removeEventListener('pointerdown', onDown);
      window.removeEventListener('pointermove', onMove);
      window.removeEventListener('pointerup', onUp);
      window.removeEventListener('keydown', onKey);
    };
  }, [camera, element, inXR]);
  return null;
}
