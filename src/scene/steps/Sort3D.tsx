import { useStore } from 'zustand';
import { draftFor, draftStore, setDraft } from '../../app/draft.ts';
import { dispatch } from '../../app/store.ts';
import { sortPanel, sortView } from '../../app/views/sort.ts';
import type { SortStep } from '../../lesson/steps/sort.ts';
import { BODY_SIZE, PANEL_WIDTH, TITLE_SIZE } from '../layout.ts';
import { Button3D } from '../ui/Button3D.tsx';
import { Label } from '../ui/Label.tsx';
import { Panel } from '../ui/Panel.tsx';
import { estimateLines as lines } from './textLines.ts';
import type { StepSceneProps } from './types.ts';

const PAD = 0.06;
const GAP = 0.04;
const INNER = PANEL_WIDTH - 0.12;
const ITEM_SIZE = BODY_SIZE * 1.3;
const SMALL = BODY_SIZE * 0.9;
/** Bins in rows of three: 0.14 m tall targets, wide enough for "캔·유리병" or "Cans & glass". */
const PER_ROW = 3;
const BIN_H = 0.14;
const BIN_W = (INNER - (PER_ROW - 1) * GAP) / PER_ROW;
/** The panel's top edge, as the quiz's: steady while feedback comes and goes. */
const TOP = 0.55;

/**
 * One item at a time, big, with a row of bins to put it in: a press (controller ray, hand pinch or
 * poke, mouse, touch) on a bin places it; then whether that was right, and where it goes and why.
 * Everything the student reads comes from the view model the DOM layer reads too.
 */
export function Sort3D({ step, session, lang }: StepSceneProps<SortStep>) {
  const picked = useStore(draftStore, (d) => draftFor(step.id, d));
  const v = sortView(step, session.runner, typeof picked === 'string' ? picked : null, lang);
  const current = v.current;
  const panel = sortPanel(v);
  const question = panel.question;
  const feedback = panel.feedback.join('\n');
  const place = (binId: string) => {
    if (!current) return;
    setDraft(step.id, current.id);
    dispatch({ type: 'sort', itemId: current.id, binId });
  };
  // Heights from the top edge down, in metres.
  const titleH = lines(v.title, INNER, TITLE_SIZE) * TITLE_SIZE * 1.2;
  const questionTop = PAD + titleH + GAP;
  const questionH = lines(question, INNER, ITEM_SIZE) * ITEM_SIZE * 1.25;
  const binsTop = questionTop + questionH + GAP;
  const binRows = current ? Math.ceil(v.bins.length / PER_ROW) : 0;
  const feedbackTop = binsTop + binRows * (BIN_H + GAP);
  const feedbackH = feedback ? lines(feedback, INNER, SMALL) * SMALL * 1.35 : 0;
  const height = feedbackTop + feedbackH + PAD;
  const at = (d: number) => height / 2 - d;
  const wrongAt = current && v.last?.id === current.id && v.last.tried && !v.last.tried.correct ? v.last.tried.binId : null;
  return (
    <Panel width={PANEL_WIDTH} height={height} position={[0, TOP - height / 2, 0]}>
      <Label position={[-INNER / 2, at(PAD), 0]} fontSize={TITLE_SIZE} maxWidth={INNER} anchorX="left" anchorY="top" lineHeight={1.2}>
        {v.title}
      </Label>
      <Label name={current ? `sort-item:${current.id}` : 'sort-item:none'} position={[0, at(questionTop), 0]} fontSize={ITEM_SIZE} maxWidth={INNER}
        anchorX="center" anchorY="top" textAlign="center" lineHeight={1.25} color="#ffd7a8">
        {question}
      </Label>
      {current && v.bins.map((bin, i) => (
        <Button3D key={bin.id} name={`sort-bin:${bin.id}`} label={bin.label} width={BIN_W} height={BIN_H}
          position={[-INNER / 2 + BIN_W / 2 + (i % PER_ROW) * (BIN_W + GAP), at(binsTop + Math.floor(i / PER_ROW) * (BIN_H + GAP) + BIN_H / 2), 0]}
          tone={bin.id === wrongAt ? 'wrong' : 'default'} onPress={() => place(bin.id)} />
      ))}
      {feedback && (
        <Label position={[-INNER / 2, at(feedbackTop), 0]} fontSize={SMALL} maxWidth={INNER} anchorX="left" anchorY="top" lineHeight={1.35}>
          {feedback}
        </Label>
      )}
    </Panel>
  );
}
