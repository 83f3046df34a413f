import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from '../../i18n/react.ts';
import { useStore } from 'zustand';
import { captionText, voiceFor } from '../../app/views/narration.ts';
import type { NarrationStep } from '../../lesson/steps/narration.ts';
import { pick } from '../../lesson/text.ts';
import { BODY_SIZE, PANEL_WIDTH, TITLE_SIZE } from '../layout.ts';
import { IMAGE_HEIGHT, INNER } from './narrationLayout.ts';
import { PanelBacking } from '../ui/Panel.tsx';
import { QuietBoundary } from '../props/QuietBoundary.tsx';
import { Button3D } from '../ui/Button3D.tsx';
import { Label } from '../ui/Label.tsx';
import { narrationAudio, toggleNarrationAudio } from './narrationAudio.ts';
import type { StepSceneProps } from './types.ts';
import { useTextHeight } from './useTextHeight.ts';

const PAD = 0.06;
const GAP = 0.04;
/** Two lines of captions are kept free so the panel does not jump as captions change. */
const CAPTION_SIZE = BODY_SIZE * 0.95;
const CAPTION_BOX = CAPTION_SIZE * 1.35 * 2;
const AUDIO_ROW = 0.12;
/** The panel never reaches down into the Back/Next bar (at −0.62, 0.12 tall). */
const LOWEST = -0.52;
const CENTRE = 0.1;
/** A short narration still gets a card of a steady size. */
const MIN_HEIGHT = 0.5;

// The picture's code (texture loading) comes only with a step that has one.
const Picture = lazy(() => import('./NarrationPicture.tsx'));


/**
 * Title, optional picture, text and, with audio, a Listen button and the caption showing now. The
 * panel fits its text (measured once laid out) and stays clear of the Back/Next bar.
 */
export function Narration3D({ step, lang }: StepSceneProps<NarrationStep>) {
  const { t } = useTranslation();
  const [titleHeight, onTitle] = useTextHeight(TITLE_SIZE * 1.2);
  const [bodyHeight, onBody] = useTextHeight(BODY_SIZE * 1.4 * 3);
  // The student's language's recording: the DOM layer's <audio> plays the same file (NarrationDom).
  const voice = useMemo(() => (step.audio ? voiceFor(step.audio, lang) : null), [step.audio, lang]);
  const audio = useStore(narrationAudio, (s) => (s.stepId === step.id && s.src === voice?.src ? s : null));
  const image = step.image ? IMAGE_HEIGHT + GAP : 0;
  const sound = voice ? GAP + AUDIO_ROW + GAP / 2 + CAPTION_BOX : 0;
  const height = Math.max(MIN_HEIGHT, PAD + titleHeight + GAP + image + bodyHeight + sound + PAD);
  const centre = Math.max(CENTRE, LOWEST + height / 2);
  const top = height / 2;
  const imageTop = top - PAD - titleHeight - GAP;
  const bodyTop = imageTop - image;
  const audioY = bodyTop - bodyHeight - GAP - AUDIO_ROW / 2;
  return (
    <group position={[0, centre, 0]}>
      <PanelBacking width={PANEL_WIDTH} height={height} position={[0, 0, -0.005]} />
      <Label position={[0, top - PAD, 0]} fontSize={TITLE_SIZE} maxWidth={INNER} anchorY="top" textAlign="center" onSync={onTitle}>
        {pick(step.title, lang)}
      </Label>
      {step.image && (
        <QuietBoundary what={step.image.src}
          fallback={<Label position={[0, imageTop - IMAGE_HEIGHT / 2, 0]} fontSize={BODY_SIZE * 0.9} maxWidth={INNER} color="#cfd8dc">{`${t('scene.imageMissing')}\n${pick(step.image.alt, lang)}`}</Label>}>
          <Suspense fallback={null}>
            <Picture src={step.image.src} y={imageTop} />
          </Suspense>
        </QuietBoundary>
      )}
      <Label position={[-INNER / 2, bodyTop, 0]} fontSize={BODY_SIZE} maxWidth={INNER} anchorX="left" anchorY="top" lineHeight={1.4} onSync={onBody}>
        {pick(step.body, lang)}
      </Label>
      {voice && (
        <>
          <Button3D name="narration:audio" label={audio?.playing ? t('scene.pause') : t('scene.play')} width={0.42}
            position={[-INNER / 2 + 0.21, audioY, 0]} tone={audio ? 'default' : 'disabled'} onPress={toggleNarrationAudio} />
          <Label position={[-INNER / 2, audioY - AUDIO_ROW / 2 - GAP / 2, 0]} fontSize={CAPTION_SIZE} maxWidth={INNER} anchorX="left" anchorY="top"
            lineHeight={1.35} color="#ffe8a3">
            {captionText(voice, audio?.cue ?? -1) || ' '}
          </Label>
        </>
      )}
    </group>
  );
}
