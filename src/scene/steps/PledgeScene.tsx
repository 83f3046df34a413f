import { useState } from 'react';
import { useTranslation } from '../../i18n/react.ts';
import { useStore } from 'zustand';
import { draftFor, draftStore, setDraft } from '../../app/draft.ts';
import { dispatch } from '../../app/store.ts';
import { cycleCompose, pledgeView, type PledgeItem } from '../../app/views/pledge.ts';
import type { PledgeStep } from '../../lesson/steps/pledge.ts';
import { CENTRE_WIDTH as PANEL_WIDTH, SIDE_WIDTH, SMALL_TEXT, sidePose } from '../consequences/layout.ts';
import { BODY_SIZE, BUTTON_TEXT_SIZE, TITLE_SIZE } from '../layout.ts';
import { Button3D } from '../ui/Button3D.tsx';
import { Label } from '../ui/Label.tsx';
import { Panel } from '../ui/Panel.tsx';
import { estimateLines } from './textLines.ts';
import type { StepSceneProps } from './types.ts';

const PAD = 0.06;
const INNER = PANEL_WIDTH - 2 * PAD;
const GAP = 0.03;
const PROMPT_SIZE = BODY_SIZE * 0.9;
const ARROW = 0.16;

/** A button's height for its text: one line is the standard 0.12 m target, each extra line adds to it. */
function buttonHeight(text: string, width: number): number {
  return Math.max(0.12, estimateLines(text, width - 0.06, BUTTON_TEXT_SIZE) * BUTTON_TEXT_SIZE * 1.2 + 0.06);
}

/**
 * A pledge: pick from the lesson's list or build one from parts (tabs when both exist); the student's
 * pledges on the left, each a button that removes it. ≤ 36 draw calls with eight options.
 */
export function PledgeScene({ step, session, lang }: StepSceneProps<PledgeStep>) {
  const { t } = useTranslation();
  const draft = useStore(draftStore, (d) => draftFor(step.id, d));
  const v = pledgeView(step, session.runner, draft, lang, (k, p) => t(k, p ?? {}));
  const [tab, setTab] = useState<'pick' | 'compose'>('pick');
  const mode = v.compose ? tab : 'pick';
  const toggle = (item: PledgeItem) => dispatch({ type: item.chosen ? 'unpledge' : 'pledge', choice: item.choice });

  const titleLines = estimateLines(v.title, INNER, TITLE_SIZE);
  const promptText = `${v.prompt}\n${t('steps.pledge.upTo', { max: v.max })}`;
  const promptLines = estimateLines(promptText, INNER, PROMPT_SIZE);
  const head = PAD + titleLines * TITLE_SIZE * 1.2 + 0.02 + promptLines * PROMPT_SIZE * 1.3 + 0.03 + (v.compose ? 0.12 + GAP : 0);
  const optionHeights = v.options.map((o) => buttonHeight(`✓ ${o.text}`, INNER));
  const c = v.compose;
  const action = c?.actions.find((a) => a.id === c.actionId)?.text ?? '';
  const time = c?.times.find((x) => x.id === c.timeId)?.text ?? '';
  const partText = (key: string, text: string) => `${t(key)}: ${text}`;
  const partW = INNER - 2 * ARROW - 2 * GAP;
  const partH = (text: string) => Math.max(0.12, estimateLines(text, partW, BODY_SIZE) * BODY_SIZE * 1.25 + 0.04);
  const composeRows = c ? [partH(partText('steps.pledge.action', action)), partH(partText('steps.pledge.time', time)), estimateLines(c.preview, INNER, BODY_SIZE) * BODY_SIZE * 1.3 + 0.04, 0.12] : [];
  const body = mode === 'pick' ? optionHeights : composeRows;
  const height = head + body.reduce((a, b) => a + b + GAP, 0) + PAD - GAP;
  const centre = Math.max(0.15, -0.5 + height / 2);
  const top = height / 2;

  const rowsY: number[] = [];
  let y = top - head;
  for (const h of body) {
    rowsY.push(y - h / 2);
    y -= h + GAP;
  }

  const left = sidePose('left');
  const mineHeights = v.chosen.map((p) => buttonHeight(`${p.text} ×`, SIDE_WIDTH));
  const hint = v.full ? t('steps.pledge.replaced', { max: v.max }) : '';
  const cardH = 0.05 + BODY_SIZE * 1.35 + 0.03 + (v.chosen.length ? mineHeights.reduce((a, b) => a + b + GAP, 0) : SMALL_TEXT * 1.4)
    + (hint ? estimateLines(hint, SIDE_WIDTH, SMALL_TEXT) * SMALL_TEXT * 1.3 + 0.02 : 0) + 0.04;
  let my = cardH / 2 - 0.05 - BODY_SIZE * 1.35 - 0.03;

  return (
    <group>
      <Panel width={PANEL_WIDTH} height={height} position={[0, centre, 0]}>
        <Label position={[-INNER / 2, top - PAD, 0]} fontSize={TITLE_SIZE} maxWidth={INNER} anchorX="left" anchorY="top" lineHeight={1.2}>
          {v.title}
        </Label>
        <Label position={[-INNER / 2, top - PAD - titleLines * TITLE_SIZE * 1.2 - 0.02, 0]} fontSize={PROMPT_SIZE} maxWidth={INNER}
          anchorX="left" anchorY="top" lineHeight={1.3} color="#d5dee4">
          {promptText}
        </Label>
        {v.compose && (
          <group position={[0, top - head + 0.06 + GAP, 0]}>
            <Button3D name="pledge-tab:pick" label={t('steps.pledge.pick')} width={INNER / 2 - GAP / 2} position={[-INNER / 4 - GAP / 4, 0, 0]}
              tone={mode === 'pick' ? 'selected' : 'default'} onPress={() => setTab('pick')} />
            <Button3D name="pledge-tab:compose" label={t('steps.pledge.compose')} width={INNER / 2 - GAP / 2} position={[INNER / 4 + GAP / 4, 0, 0]}
              tone={mode === 'compose' ? 'selected' : 'default'} onPress={() => setTab('compose')} />
          </group>
        )}
        {mode === 'pick' && v.options.map((o, i) => (
          <Button3D key={o.key} name={`pledge:${'optionId' in o.choice ? o.choice.optionId : o.key}`} label={`${o.chosen ? '✓ ' : ''}${o.text}`}
            width={INNER} height={optionHeights[i]!} position={[0, rowsY[i]!, 0]} tone={o.chosen ? 'selected' : 'default'} onPress={() => toggle(o)} />
        ))}
        {mode === 'compose' && c && (
          <>
            {(['action', 'time'] as const).map((part, i) => (
              <group key={part} position={[0, rowsY[i]!, 0]}>
                <Button3D name={`compose:${part}:prev`} label="◀" width={ARROW} position={[-INNER / 2 + ARROW / 2, 0, 0]}
                  onPress={() => setDraft(step.id, cycleCompose(step, draft, part, -1))} />
                <Label fontSize={BODY_SIZE} maxWidth={partW} textAlign="center" lineHeight={1.25}>
                  {partText(`steps.pledge.${part}`, part === 'action' ? action : time)}
                </Label>
                <Button3D name={`compose:${part}:next`} label="▶" width={ARROW} position={[INNER / 2 - ARROW / 2, 0, 0]}
                  onPress={() => setDraft(step.id, cycleCompose(step, draft, part, 1))} />
              </group>
            ))}
            <Label position={[0, rowsY[2]!, 0]} fontSize={BODY_SIZE} maxWidth={INNER} textAlign="center" lineHeight={1.3} color="#ffd7a8">
              {`“${c.preview}”`}
            </Label>
            <Button3D name="pledge:compose" label={c.already ? t('steps.pledge.already') : t('steps.pledge.add')} width={0.8}
              position={[0, rowsY[3]!, 0]} tone={c.already ? 'disabled' : 'primary'} onPress={() => dispatch({ type: 'pledge', choice: c.choice })} />
          </>
        )}
      </Panel>
      <group position={left.position} rotation={left.rotation}>
        <Panel width={SIDE_WIDTH + 0.08} height={cardH} position={[0, 0.15, 0]}>
          {/* As large as the body text: the chips under it are buttons (BUTTON_TEXT_SIZE), and a heading smaller than them read as a footnote. */}
          <Label position={[-SIDE_WIDTH / 2, cardH / 2 - 0.05, 0]} fontSize={BODY_SIZE} maxWidth={SIDE_WIDTH} anchorX="left" anchorY="top">
            {v.mineTitle}
          </Label>
          {v.chosen.length === 0 && (
            <Label position={[-SIDE_WIDTH / 2, my, 0]} fontSize={SMALL_TEXT} maxWidth={SIDE_WIDTH} anchorX="left" anchorY="top" color="#b8c4cc">
              {t('steps.pledge.none')}
            </Label>
          )}
          {v.chosen.map((p, i) => {
            const h = mineHeights[i]!;
            const cy = my - h / 2;
            my -= h + GAP;
            return <Button3D key={p.key} name={`unpledge:${p.key}`} label={`${p.text} ×`} width={SIDE_WIDTH} height={h} position={[0, cy, 0]}
              tone="selected" onPress={() => dispatch({ type: 'unpledge', choice: p.choice })} />;
          })}
          {hint && (
            <Label position={[-SIDE_WIDTH / 2, my - 0.01, 0]} fontSize={SMALL_TEXT} maxWidth={SIDE_WIDTH} anchorX="left" anchorY="top" lineHeight={1.3} color="#b8c4cc">
              {hint}
            </Label>
          )}
        </Panel>
      </group>
    </group>
  );
}
