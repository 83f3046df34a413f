import { useEffect, useRef } from 'react';
import { useTranslation } from '../../i18n/react.ts';
import { useStore } from 'zustand';
import { assetUrl, captionAt, captionText } from '../../app/views/narration.ts';
import type { NarrationStep } from '../../lesson/steps/narration.ts';
import { pick } from '../../lesson/text.ts';
import { attachNarrationAudio, narrationAudio } from '../../scene/steps/narrationAudio.ts';
import type { StepDomProps } from './types.ts';

/**
 * Title, text, the picture with its alt text, and the audio with native controls, the caption showing
 * now (following the audio's time) and the whole transcript for reading at one's own pace.
 */
export function NarrationDom({ step, lang }: StepDomProps<NarrationStep>) {
  const { t } = useTranslation();
  const audio = useRef<HTMLAudioElement>(null);
  const cue = useStore(narrationAudio, (s) => (s.stepId === step.id ? s.cue : -1));
  const captions = step.audio?.captions;
  useEffect(() => {
    const el = audio.current;
    if (!el || !captions) return;
    return attachNarrationAudio(step.id, el, (s) => captionAt(captions, s));
  }, [step.id, captions]);
  return (
    <>
      <h2 className="step-title">{pick(step.title, lang)}</h2>
      {step.image && (
        <figure style={{ margin: '0 0 0.75rem' }}>
          <img src={assetUrl(step.image.src, document.baseURI)} alt={pick(step.image.alt, lang)}
            style={{ display: 'block', maxWidth: '100%', height: 'auto', borderRadius: 8, background: '#fff' }} />
        </figure>
      )}
      <p className="step-body">{pick(step.body, lang)}</p>
      {step.audio && (
        <div className="narration-audio" style={{ display: 'flex', flexDirection: 'column', gap: '0.5rem' }}>
          <audio ref={audio} controls preload="metadata" src={assetUrl(step.audio.src, document.baseURI)} aria-label={t('scene.audio')}
            style={{ width: '100%' }} />
          <p className="caption"
            style={{ margin: 0, minHeight: '3.2em', padding: '0.4rem 0.6rem', background: '#0b1620', borderRadius: 8 }}>
            {captionText(step, cue, lang)}
          </p>
          <details>
            <summary>{t('scene.transcript')}</summary>
            {step.audio.captions.map((c, i) => <p key={i} style={{ margin: '0.3rem 0' }}>{pick(c.text, lang)}</p>)}
          </details>
        </div>
      )}
    </>
  );
}
