import { useStore } from 'zustand';
import { useTranslation } from '../../i18n/react.ts';
import { draftFor, draftStore, setDraft, toggleInDraft } from '../../app/draft.ts';
import { dispatch } from '../../app/store.ts';
import { quizStatus, quizView, snapToStep } from '../../app/views/quiz.ts';
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
const FEEDBACK_SIZE = BODY_SIZE * 0.9;
const FEEDBACK_LINE = 1.35;
/** The panel's top edge stays here, so question and options do not move as feedback appears... */
const TOP = 0.55;
/** ...unless the panel would reach down into the Back/Next bar (at −0.62, 0.12 tall): then it rises. */
const LOWEST = -0.52;

/**
 * The question, its options (or the − value + row of a numeric quiz), Check for multiple and numeric
 * quizzes until answered, then the hint or feedback. The panel is as tall as these are, from a steady
 * top edge, and never reaches the Back/Next bar.
 */
export function QuizScene({ step, session, lang }: StepSceneProps<QuizStep>) {
  const { t } = useTranslation();
  const draft = useStore(draftStore, (d) => draftFor(step.id, d));
  const v = quizView(step, session.runner, draft, lang, { true: t('quiz.true'), false: t('quiz.false') });
  const value = v.numeric ? snapToStep(v.numeric, typeof draft === 'number' ? draft : undefined) : 0;
  const feedback = quizStatus(v, step.phase).map((s) => (s.key === 'text' ? s.text : t(s.key, s.params ?? {}))).join('\n');
  const answer = (value: string | boolean) => (v.kind === 'multiple' ? toggleInDraft(step.id, value as string) : dispatch({ type: 'answer', value }));
  const check = (v.kind === 'multiple' || v.kind === 'numeric') && !v.done;
  // Heights from the top edge down, in metres.
  const questionH = lines(v.question, INNER, QUESTION_SIZE) * QUESTION_SIZE * QUESTION_LINE;
  const rowsTop = PAD + questionH + GAP;
  const rows = (v.numeric ? 1 : v.choices.length) + (check ? 1 : 0);
  const feedbackTop = rowsTop + rows * ROW - (ROW - BUTTON) + GAP;
  const feedbackH = feedback ? lines(feedback, INNER, FEEDBACK_SIZE) * FEEDBACK_SIZE * FEEDBACK_LINE : 0;
  const height = (feedback ? feedbackTop + feedbackH : feedbackTop - GAP) + PAD;
  const top = Math.max(TOP, LOWEST + height);
  // Panel children sit in its local space, origin at its centre: y of a point `d` below the top edge.
  const at = (d: number) => height / 2 - d;
  const rowY = (i: number) => at(rowsTop + i * ROW + BUTTON / 2);
  return (
    <Panel width={PANEL_WIDTH} height={height} position={[0, top - height / 2, 0]}>
      <Label position={[-INNER / 2, at(PAD), 0]} fontSize={QUESTION_SIZE} maxWidth={INNER} anchorX="left" anchorY="top" lineHeight={QUESTION_LINE}>
        {v.question}
      </Label>
      {v.choices.map((c, i) => (
        <Button3D
          key={c.key}
          name={`answer:${c.key}`}
          label={c.text}
          tone={v.done && c.tone === 'default' ? 'disabled' : c.tone}
          width={INNER}
          position={[0, rowY(i), 0]}
          onPress={() => !v.done && answer(c.value)}
        />
      ))}
      {v.numeric && (
        <group position={[0, rowY(0), 0]}>
          <Button3D name="numeric:down" label="−" width={0.2} position={[-0.45, 0, 0]} tone={v.done ? 'disabled' : 'default'}
            onPress={() => setDraft(step.id, snapToStep(v.numeric!, value - v.numeric!.step))} />
          <Label fontSize={BODY_SIZE * 1.3}>{`${value} ${v.numeric.unit}`}</Label>
          <Button3D name="numeric:up" label="+" width={0.2} position={[0.45, 0, 0]} tone={v.done ? 'disabled' : 'default'}
            onPress={() => setDraft(step.id, snapToStep(v.numeric!, value + v.numeric!.step))} />
        </group>
      )}
      {check && (
        <Button3D name="answer:check" label={t('quiz.check')} tone="primary" width={0.6}
          position={[0, rowY(rows - 1), 0]}
          onPress={() => dispatch({ type: 'answer', value: v.kind === 'numeric' ? value : Array.isArray(draft) ? draft : [] })} />
      )}
      {feedback && (
        <Label position={[-INNER / 2, at(feedbackTop), 0]} fontSize={FEEDBACK_SIZE} maxWidth={INNER} anchorX="left" anchorY="top" lineHeight={FEEDBACK_LINE}
          color={v.attempted ? (v.correct ? '#9be7b8' : '#ffc2b8') : '#cfd8dc'}>
          {feedback}
        </Label>
      )}
    </Panel>
  );
}
