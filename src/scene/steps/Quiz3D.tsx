import { useState } from 'react';
import { useStore } from 'zustand';
import { useTranslation } from '../../i18n/react.ts';
import { draftFor, draftStore, setDraft, toggleInDraft } from '../../app/draft.ts';
import { dispatch } from '../../app/store.ts';
import { quizFace, quizPanel, quizView, snapToStep, type QuizTurn } from '../../app/views/quiz.ts';
import type { QuizStep } from '../../lesson/steps/quiz.ts';
import { BODY_SIZE, PANEL_WIDTH } from '../layout.ts';
import { Button3D } from '../ui/Button3D.tsx';
import { Label } from '../ui/Label.tsx';
import { Panel } from '../ui/Panel.tsx';
import { estimateLines as lines } from './textLines.ts';
import type { StepSceneProps } from './types.ts';

/** One option (or control) row: a button 0.12 m tall and the gap under it. */
const ROW = 0.15;
const BUTTON = 0.12;
const PAD = 0.06;
const GAP = 0.05;
const INNER = PANEL_WIDTH - 0.12;
const QUESTION_SIZE = BODY_SIZE * 1.15;
const QUESTION_LINE = 1.3;
const STATUS_SIZE = BODY_SIZE * 0.9;
const BODY_LINE = 1.35;
const TOGGLE_H = 0.1;
/** Light on the dark panel in both themes (high contrast keeps colours that carry a meaning). */
const STATUS_COLOR = { hint: '#cfd8dc', right: '#9be7b8', wrong: '#ffc2b8' } as const;
/** The panel's top edge stays here, so question and options do not move as the status appears... */
const TOP = 0.55;
/** ...unless the panel would reach down into the Back/Next bar (at −0.62, 0.12 tall): then it rises. */
const LOWEST = -0.52;

/**
 * A quiz in two faces (quizPanel): the question with its options (or the − value + row of a numeric
 * quiz), Check for multiple and numeric quizzes until answered, and a status line; after an answer,
 * the feedback face (right or wrong, the option's feedback, the explanation), with a button back to
 * the question ("quiz:question") and from it to the feedback ("quiz:feedback"). Each face stays
 * within about 60 words. The panel is as tall as its face, from a steady top edge, and never reaches
 * the Back/Next bar.
 */
export function Quiz3D({ step, session, lang }: StepSceneProps<QuizStep>) {
  const { t } = useTranslation();
  const draft = useStore(draftStore, (d) => draftFor(step.id, d));
  const [turned, setTurned] = useState<QuizTurn | null>(null);
  const v = quizView(step, session.runner, draft, lang, { true: t('quiz.true'), false: t('quiz.false') });
  const value = v.numeric ? snapToStep(v.numeric, typeof draft === 'number' ? draft : undefined) : 0;
  const p = quizPanel(v, quizFace(v, turned), step.phase, value, (k, params) => t(k, params ?? {}));
  const answer = (value: string | boolean) => (v.kind === 'multiple' ? toggleInDraft(step.id, value as string) : dispatch({ type: 'answer', value }));

  // Heights from the top edge down, in metres.
  const questionH = p.question ? lines(p.question, INNER, QUESTION_SIZE) * QUESTION_SIZE * QUESTION_LINE + GAP : 0;
  const rowsTop = PAD + questionH;
  const rows = (p.numeric ? 1 : p.choices.length) + (p.check ? 1 : 0);
  const statusTop = rowsTop + (rows ? rows * ROW - (ROW - BUTTON) + GAP : 0);
  // On the feedback face the result heads the face, as large as the question was.
  const statusSize = p.face === 'feedback' ? QUESTION_SIZE : STATUS_SIZE;
  const statusH = p.status ? lines(p.status, INNER, statusSize) * statusSize * BODY_LINE : 0;
  const bodyTop = statusTop + (statusH ? statusH + 0.02 : 0);
  const bodyH = p.body ? lines(p.body, INNER, BODY_SIZE) * BODY_SIZE * BODY_LINE : 0;
  const toggleTop = bodyTop + bodyH + (statusH || bodyH ? GAP : 0);
  const height = (p.toggle ? toggleTop + TOGGLE_H : toggleTop - (statusH || bodyH ? GAP : 0)) + PAD;
  const top = Math.max(TOP, LOWEST + height);
  // Panel children sit in its local space, origin at its centre: y of a point `d` below the top edge.
  const at = (d: number) => height / 2 - d;
  const rowY = (i: number) => at(rowsTop + i * ROW + BUTTON / 2);
  const n = p.numeric;
  return (
    <Panel width={PANEL_WIDTH} height={height} position={[0, top - height / 2, 0]}>
      {p.question && (
        <Label position={[-INNER / 2, at(PAD), 0]} fontSize={QUESTION_SIZE} maxWidth={INNER} anchorX="left" anchorY="top" lineHeight={QUESTION_LINE}>
          {p.question}
        </Label>
      )}
      {p.choices.map((c, i) => (
        <Button3D key={c.key} name={`answer:${c.key}`} label={c.label} tone={c.tone} width={INNER} position={[0, rowY(i), 0]}
          onPress={() => !v.done && answer(c.value)} />
      ))}
      {n && (
        <group position={[0, rowY(0), 0]}>
          <Button3D name="numeric:down" label="−" width={0.2} position={[-0.45, 0, 0]} tone={n.locked ? 'disabled' : 'default'}
            onPress={() => setDraft(step.id, snapToStep(v.numeric!, value - v.numeric!.step))} />
          <Label fontSize={BODY_SIZE * 1.3}>{n.label}</Label>
          <Button3D name="numeric:up" label="+" width={0.2} position={[0.45, 0, 0]} tone={n.locked ? 'disabled' : 'default'}
            onPress={() => setDraft(step.id, snapToStep(v.numeric!, value + v.numeric!.step))} />
        </group>
      )}
      {p.check && (
        <Button3D name="answer:check" label={p.check} tone="primary" width={0.6} position={[0, rowY(rows - 1), 0]}
          onPress={() => dispatch({ type: 'answer', value: v.kind === 'numeric' ? value : Array.isArray(draft) ? draft : [] })} />
      )}
      {p.status && (
        <Label position={[-INNER / 2, at(statusTop), 0]} fontSize={statusSize} maxWidth={INNER} anchorX="left" anchorY="top" lineHeight={BODY_LINE}
          color={STATUS_COLOR[p.statusTone]}>
          {p.status}
        </Label>
      )}
      {p.body && (
        <Label position={[-INNER / 2, at(bodyTop), 0]} fontSize={BODY_SIZE} maxWidth={INNER} anchorX="left" anchorY="top" lineHeight={BODY_LINE}>
          {p.body}
        </Label>
      )}
      {p.toggle && (
        <Button3D name={`quiz:${p.toggle.to}`} label={p.toggle.label} width={0.6} height={TOGGLE_H} position={[0, at(toggleTop + TOGGLE_H / 2), 0]}
          onPress={() => setTurned({ face: p.toggle!.to, attempts: v.attempts })} />
      )}
    </Panel>
  );
}
