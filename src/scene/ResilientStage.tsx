import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../i18n/react.ts';
import { Stage } from './Stage.tsx';

function webglAvailable(): boolean {
  try {
    const c = document.createElement('canvas');
    return !!(c.getContext('webgl2') ?? c.getContext('webgl'));
  } catch {
    return false;
  }
}

/**
 * The 3D view, surviving the loss of its WebGL context (a driver reset, a memory squeeze on a headset):
 * it says so, and rebuilds the scene when the context is back. The lesson state lives in stores, so
 * nothing the student did is lost. Without WebGL at all, the DOM layer carries the lesson.
 */
export function ResilientStage({ label }: { label: string }) {
  const { t } = useTranslation();
  const [generation, setGeneration] = useState(0);
  const [lost, setLost] = useState(false);
  const [supported] = useState(webglAvailable);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const onLost = (e: Event) => {
      e.preventDefault(); // allow the browser to restore the context
      setLost(true);
    };
    const onRestored = () => {
      setLost(false);
      setGeneration((g) => g + 1);
    };
    el.addEventListener('webglcontextlost', onLost, true);
    el.addEventListener('webglcontextrestored', onRestored, true);
    return () => {
      el.removeEventListener('webglcontextlost', onLost, true);
      el.removeEventListener('webglcontextrestored', onRestored, true);
    };
  }, []);
  if (!supported) return <p className="stage-error" role="alert">{t('errors.webgl')}</p>;
  return (
    <div ref={box} className="stage-box" data-generation={generation}>
      <Stage key={generation} label={label} />
      {lost && <p className="stage-error" role="status">{t('errors.contextLost')}</p>}
    </div>
  );
}
