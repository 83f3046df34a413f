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
import type { StepSceneProps } from './types.ts';

const ROW = 0.15;

export function QuizScene({ step, session, lang }: StepSceneProps<QuizStep>) {
  const { t } = useTranslation();
  const draft = useStore(draftStore, (d) => draftFor(step.id, d));
  const v = quizView(step, session.runner, draft, lang, { true: t('quiz.true'), false: t('quiz.false') });
  const rows = v.kind === 'numeric' ? 2 : v.choices.length + (v.kind === 'multiple' ? 1 : 0);
  const height = 0.42 + rows * ROW + 0.42;
  const top = height / 2;
  const inner = PANEL_WIDTH - 0.12;
  const value = v.numeric ? snapToStep(v.numeric, typeof draft === 'number' ? draft : undefined) : 0;
  const feedback = quizStatus(v, step.phase).map((s) => (s.key === 'text' ? s.text : t(s.key, s.params ?? {}))).join('\n');
  const answer = (value: string | boolean) => (v.kind === 'multiple' ? toggleInDraft(step.id, value as string) : dispatch({ type: 'answer', value }));
  return (
    <Panel width={PANEL_WIDTH} height={height} position={[0, 0.15, 0]}>
      <Label position={[-inner / 2, top - 0.06, 0]} fontSize={BODY_SIZE * 1.15} maxWidth={inner} anchorX="left" anchorY="top" lineHeight={1.3}>
        {v.question}
      </Label>
      {v.choices.map((c, i) => (
        <Button3D
          key={c.key}
          name={`answer:${c.key}`}
          label={c.text}
          tone={v.done && c.tone === 'default' ? 'disabled' : c.tone}
          width={inner}
          position={[0, top - 0.42 - i * ROW, 0]}
          onPress={() => !v.done && answer(c.value)}
        />
      ))}
      {v.numeric && (
        <group position={[0, top - 0.42, 0]}>
          <Button3D name="numeric:down" label="−" width={0.2} position={[-0.45, 0, 0]} tone={v.done ? 'disabled' : 'default'}
            onPress={() => setDraft(step.id, snapToStep(v.numeric!, value - v.numeric!.step))} />
          <Label fontSize={BODY_SIZE * 1.3}>{`${value} ${v.numeric.unit}`}</Label>
          <Button3D name="numeric:up" label="+" width={0.2} position={[0.45, 0, 0]} tone={v.done ? 'disabled' : 'default'}
            onPress={() => setDraft(step.id, snapToStep(v.numeric!, value + v.numeric!.step))} />
        </group>
      )}
      {(v.kind === 'multiple' || v.kind === 'numeric') && !v.done && (
        <Button3D name="answer:check" label={t('quiz.check')} tone="primary" width={0.6}
          position={[0, top - 0.42 - (rows - 1) * ROW, 0]}
          onPress={() => dispatch({ type: 'answer', value: v.kind === 'numeric' ? value : Array.isArray(draft) ? draft : [] })} />
      )}
      <Label position={[-inner / 2, top - 0.42 - rows * ROW + 0.03, 0]} fontSize={BODY_SIZE * 0.9} maxWidth={inner} anchorX="left" anchorY="top" lineHeight={1.35}
        color={v.attempted ? (v.correct ? '#9be7b8' : '#ffc2b8') : '#cfd8dc'}>
        {feedback || ' '}
      </Label>
    </Panel>
  );
}
