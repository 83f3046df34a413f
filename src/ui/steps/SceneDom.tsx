import { useEffect } from 'react';
import { useTranslation } from '../../i18n/react.ts';
import { useStore } from 'zustand';
import { sceneStatus, sceneView } from '../../app/views/scene.ts';
import type { SceneStep } from '../../lesson/steps/scene.ts';
import { closeHotspotCards, focusedIn, hotspotFocus, visitHotspot } from '../../scene/hotspots/focus.ts';
import type { StepDomProps } from './types.ts';

/**
 * A scene step without the 3D view: each hotspot is a button ("Look at: …") that visits it and turns
 * the view to it; a found hotspot's text stays under its button. The count is a polite live region.
 */
export function SceneDom({ step, session, lang }: StepDomProps<SceneStep>) {
  const { t } = useTranslation();
  const v = sceneView(step, session.runner, lang);
  const status = sceneStatus(v);
  const focused = useStore(hotspotFocus, (s) => focusedIn(step.id, s));
  useEffect(() => closeHotspotCards(step.id), [step.id]);
  return (
    <>
      <h2 className="step-title">{v.title}</h2>
      {v.body && <p className="step-body">{v.body}</p>}
      <p className="scene-count" role="status" aria-live="polite">{t(status.key, status.params)}</p>
      {v.total > 0 && (
        <ul className="choices" aria-label={t('scene.hotspots')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {v.hotspots.map((h) => (
            <li key={h.id} style={{ display: 'flex', flexDirection: 'column', gap: '0.35rem' }}>
              <button type="button" className={`choice ${h.visited ? 'tone-correct' : ''}`} aria-pressed={focused === h.id}
                aria-describedby={h.visited ? `hotspot-${step.id}-${h.id}` : undefined}
                onClick={() => visitHotspot(step.id, h.id, 'dom')}>
                {t('scene.lookAt', { label: h.label })}
                {h.visited && <span aria-hidden="true"> ✓</span>}
              </button>
              {h.visited && <p id={`hotspot-${step.id}-${h.id}`} className="step-body" style={{ margin: '0 0 0.4rem 0.75rem' }}>{h.body}</p>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
