import { useCallback, useEffect } from 'react';
import { createStore } from 'zustand/vanilla';

/**
 * Where the lesson's 3D view shows. The view itself (`StageHost`) is mounted once, by the app, into
 * this element, and a lesson screen lends it a place on the page (`StageSlot`). A lesson screen is
 * built afresh for each lesson, but the 3D view outlives it while a headset is in VR: a running XR
 * session draws through the WebGL context that started it, and a new canvas cannot take it over, so
 * the teacher sending a headset to another lesson would otherwise leave the student looking at a
 * frozen frame. This module carries no 3D code (it is in the lesson screen's chunk).
 */
export const stageElement: HTMLDivElement | null = typeof document === 'undefined' ? null : document.createElement('div');
if (stageElement) stageElement.className = 'stage-host';

/** Whether a lesson screen shows the 3D view now. */
export const stageSlot = createStore<{ shown: boolean }>(() => ({ shown: false }));

/** A lesson screen's place for the 3D view. */
export function StageSlot() {
  const place = useCallback((el: HTMLDivElement | null) => {
    if (el && stageElement) el.appendChild(stageElement);
    else stageElement?.remove();
  }, []);
  useEffect(() => {
    stageSlot.setState({ shown: true });
    return () => stageSlot.setState({ shown: false });
  }, []);
  return <div ref={place} className="stage-slot" />;
}
