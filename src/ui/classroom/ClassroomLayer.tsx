import { useEffect, useRef } from 'react';
import { useStore } from 'zustand';
import { classroomStore } from '../../app/classroomState.ts';
import { useTranslation } from '../../i18n/react.ts';
import './classroom.css';

/**
 * The teacher's "eyes on me" pause on a screen (a class with the laptop's hub; loaded only there): a
 * calm card over the whole page, and the page under it inert (no button, link or key reaches it;
 * the app store holds every runner event as well). Resuming takes the card away and leaves the
 * page as it was. In a headset the 3D card (scene/Classroom3D) says the same.
 */
export default function ClassroomLayer() {
  const { t } = useTranslation('classroom');
  const paused = useStore(classroomStore, (c) => c.paused);
  const card = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const under = [...document.querySelectorAll<HTMLElement>('#root > header, #main, #root > .skip')];
    for (const e of under) e.inert = paused;
    if (paused) card.current?.focus();
    return () => { for (const e of under) e.inert = false; };
  }, [paused]);
  if (!paused) return null;
  return (
    <div className="class-pause" role="alertdialog" aria-modal="true" aria-labelledby="class-pause-title" aria-describedby="class-pause-body" tabIndex={-1} ref={card}>
      <div className="class-pause-card">
        <h2 id="class-pause-title">{t('pausedTitle')}</h2>
        <p id="class-pause-body">{t('pausedBody')}</p>
      </div>
    </div>
  );
}
