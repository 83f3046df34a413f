import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from '../../i18n/react.ts';
import { useStore } from 'zustand';
import { assetUrl, captionAt, captionText, voiceFor } from '../../app/views/narration.ts';
import type { NarrationStep } from '../../lesson/steps/narration.ts';
import { pick } from '../../lesson/text.ts';
import { attachNarrationAudio, narrationAudio } from '../../scene/steps/narrationAudio.ts';
import type { StepDomProps } from './types.ts';

/**
 * Title, text, the picture with its alt text, and the audio with native controls, the caption showing
 * now (following the audio's time) and the whole transcript for reading at one's own pace. The audio
 * is the student's language's recording (`voiceFor`); switching language loads the other one.
 */
export function NarrationDom({ step, lang }: StepDomProps<NarrationStep>) {
  const { t } = useTranslation();
  const audio = useRef<HTMLAudioElement>(null);
  const voice = useMemo(() => (step.audio ? voiceFor(step.audio, lang) : null), [step.audio, lang]);
  const cue = useStore(narrationAudio, (s) => (s.stepId === step.id && s.src === voice?.src ? s.cue : -1));
  // The captions are read through a ref: a language switch on a shared file changes only their text
  // (not their times), and re-attaching would stop the audio the student is listening to.
  const captions = useRef(voice?.captions ?? []);
  captions.current = voice?.captions ?? [];
  const src = voice?.src;
  useEffect(() => {
    const el = audio.current;
    if (!el || !src) return;
    return attachNarrationAudio(step.id, src, el, (s) => captionAt(captions.current, s));
  }, [step.id, src]);
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
      {voice && (
        <div className="narration-audio" style={{ display: 'flex', flexDirection: 'column', gap: '0.5rem' }}>
          {/* Keyed by file: another language's recording is a new element, never the old one's time. */}
          <audio key={voice.src} ref={audio} controls preload="metadata" src={assetUrl(voice.src, document.baseURI)} aria-label={t('scene.audio')}
            lang={voice.of === 'shared' ? undefined : voice.of} style={{ width: '100%' }} />
          <p className="caption"
            style={{ margin: 0, minHeight: '3.2em', padding: '0.4rem 0.6rem', background: '#0b1620', borderRadius: 8 }}>
            {captionText(voice, cue)}
          </p>
          <details>
            <summary>{t('scene.transcript')}</summary>
            {voice.captions.map((c, i) => <p key={i} style={{ margin: '0.3rem 0' }}>{c.text}</p>)}
          </details>
        </div>
      )}
    </>
  );
}
