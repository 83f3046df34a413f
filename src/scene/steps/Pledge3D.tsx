import { useState } from 'react';
import { useTranslation } from '../../i18n/react.ts';
import { useStore } from 'zustand';
import { draftFor, draftStore, setDraft } from '../../app/draft.ts';
import { dispatch } from '../../app/store.ts';
import { cycleCompose, pledgeMine, pledgePanel, pledgeView, type PledgeItem, type PledgeTab } from '../../app/views/pledge.ts';
import type { PledgeStep } from '../../lesson/steps/pledge.ts';
import { CENTRE_WIDTH as PANEL_WIDTH, SIDE_WIDTH, SMALL_TEXT, sidePose } from '../consequences/layout.ts';
import { BODY_SIZE, BUTTON_TEXT_SIZE, TITLE_SIZE } from '../layout.ts';
import { Button3D } from '../ui/Button3D.tsx';
import { Label } from '../ui/Label.tsx';
import { Pager3D, PAGER_HEIGHT } from '../ui/Pager3D.tsx';
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
 * pledges on the left, each a button that removes it. What the panel shows comes from pledgePanel:
 * a long list pages ("pledge-page:prev/next") so one face stays within about 60 words; ≤ 28 draw
 * calls with a list of four on two pages.
 */
export function Pledge3D({ step, session, lang }: StepSceneProps<PledgeStep>) {
  const { t } = useTranslation();
  const draft = useStore(draftStore, (d) => draftFor(step.id, d));
  const tr = (k: string, p?: Record<string, string | number>) => t(k, p ?? {});
  const v = pledgeView(step, session.runner, draft, lang, tr);
  const [tab, setTab] = useState<PledgeTab>('pick');
  const [page, setPage] = useState(0);
  const p = pledgePanel(v, tab, page, tr);
  const mine = pledgeMine(v, tr);
  const toggle = (item: PledgeItem) => dispatch({ type: item.chosen ? 'unpledge' : 'pledge', choice: item.choice });

  const titleLines = estimateLines(p.heading, INNER, TITLE_SIZE);
  const promptLines = estimateLines(p.lead, INNER, PROMPT_SIZE);
  const head = PAD + titleLines * TITLE_SIZE * 1.2 + 0.02 + promptLines * PROMPT_SIZE * 1.3 + 0.03 + (p.tabs.length ? 0.12 + GAP : 0);
  const optionHeights = p.options.map((o) => buttonHeight(`✓ ${o.text}`, INNER));
  const c = p.compose;
  const partW = INNER - 2 * ARROW - 2 * GAP;
  const partH = (text: string) => Math.max(0.12, estimateLines(text, partW, BODY_SIZE) * BODY_SIZE * 1.25 + 0.04);
  const composeRows = c ? [partH(c.action), partH(c.time), estimateLines(c.preview, INNER, BODY_SIZE) * BODY_SIZE * 1.3 + 0.04, 0.12] : [];
  const body = c ? composeRows : optionHeights;
  const rowsH = (heights: number[]) => heights.reduce((a, b) => a + b + GAP, 0);
  // A paged list is as tall as its tallest page, so the pager stays put under the pointer.
  const listH = c ? rowsH(body) : Math.max(...Array.from({ length: p.pages }, (_, i) =>
    rowsH((i === p.page ? p : pledgePanel(v, 'pick', i, tr)).options.map((o) => buttonHeight(`✓ ${o.text}`, INNER)))));
  const height = head + listH + (p.pageLabel ? PAGER_HEIGHT + GAP : 0) + PAD - GAP;
  const centre = Math.max(0.15, -0.5 + height / 2);
  const top = height / 2;

  const rowsY: number[] = [];
  let y = top - head;
  for (const h of body) {
    rowsY.push(y - h / 2);
    y -= h + GAP;
  }

  const left = sidePose('left');
  const mineHeights = mine.items.map((i) => buttonHeight(i.label, SIDE_WIDTH));
  const cardH = 0.05 + BODY_SIZE * 1.35 + 0.03 + (mine.items.length ? mineHeights.reduce((a, b) => a + b + GAP, 0) : SMALL_TEXT * 1.4)
    + (mine.hint ? estimateLines(mine.hint, SIDE_WIDTH, SMALL_TEXT) * SMALL_TEXT * 1.3 + 0.02 : 0) + 0.04;
  let my = cardH / 2 - 0.05 - BODY_SIZE * 1.35 - 0.03;

  return (
    <group>
      <Panel width={PANEL_WIDTH} height={height} position={[0, centre, 0]}>
        <Label position={[-INNER / 2, top - PAD, 0]} fontSize={TITLE_SIZE} maxWidth={INNER} anchorX="left" anchorY="top" lineHeight={1.2}>
          {p.heading}
        </Label>
        <Label position={[-INNER / 2, top - PAD - titleLines * TITLE_SIZE * 1.2 - 0.02, 0]} fontSize={PROMPT_SIZE} maxWidth={INNER}
          anchorX="left" anchorY="top" lineHeight={1.3} color="#d5dee4">
          {p.lead}
        </Label>
        {p.tabs.map((x, i) => (
          <Button3D key={x.tab} name={`pledge-tab:${x.tab}`} label={x.label} width={INNER / 2 - GAP / 2}
            position={[(i === 0 ? -1 : 1) * (INNER / 4 + GAP / 4), top - head + 0.06 + GAP, 0]}
            tone={x.selected ? 'selected' : 'default'} onPress={() => setTab(x.tab)} />
        ))}
        {p.options.map((o, i) => (
          <Button3D key={o.key} name={`pledge:${'optionId' in o.choice ? o.choice.optionId : o.key}`} label={o.label}
            width={INNER} height={optionHeights[i]!} position={[0, rowsY[i]!, 0]} tone={o.chosen ? 'selected' : 'default'} onPress={() => toggle(o)} />
        ))}
        {p.pageLabel && (
          <Pager3D name="pledge-page" label={p.pageLabel} page={p.page} pages={p.pages} onPage={setPage}
            position={[0, -top + PAD + PAGER_HEIGHT / 2, 0]} width={INNER} />
        )}
        {c && (
          <>
            {(['action', 'time'] as const).map((part, i) => (
              <group key={part} position={[0, rowsY[i]!, 0]}>
                <Button3D name={`compose:${part}:prev`} label="◀" width={ARROW} position={[-INNER / 2 + ARROW / 2, 0, 0]}
                  onPress={() => setDraft(step.id, cycleCompose(step, draft, part, -1))} />
                <Label fontSize={BODY_SIZE} maxWidth={partW} textAlign="center" lineHeight={1.25}>
                  {part === 'action' ? c.action : c.time}
                </Label>
                <Button3D name={`compose:${part}:next`} label="▶" width={ARROW} position={[INNER / 2 - ARROW / 2, 0, 0]}
                  onPress={() => setDraft(step.id, cycleCompose(step, draft, part, 1))} />
              </group>
            ))}
            <Label position={[0, rowsY[2]!, 0]} fontSize={BODY_SIZE} maxWidth={INNER} textAlign="center" lineHeight={1.3} color="#ffd7a8">
              {c.preview}
            </Label>
            <Button3D name="pledge:compose" label={c.add} width={0.8}
              position={[0, rowsY[3]!, 0]} tone={c.already ? 'disabled' : 'primary'} onPress={() => dispatch({ type: 'pledge', choice: c.choice })} />
          </>
        )}
      </Panel>
      <group position={left.position} rotation={left.rotation}>
        <Panel width={SIDE_WIDTH + 0.08} height={cardH} position={[0, 0.15, 0]}>
          {/* As large as the body text: the chips under it are buttons (BUTTON_TEXT_SIZE), and a heading smaller than them read as a footnote. */}
          <Label position={[-SIDE_WIDTH / 2, cardH / 2 - 0.05, 0]} fontSize={BODY_SIZE} maxWidth={SIDE_WIDTH} anchorX="left" anchorY="top">
            {mine.title}
          </Label>
          {mine.empty && (
            <Label position={[-SIDE_WIDTH / 2, my, 0]} fontSize={SMALL_TEXT} maxWidth={SIDE_WIDTH} anchorX="left" anchorY="top" color="#b8c4cc">
              {mine.empty}
            </Label>
          )}
          {mine.items.map((item, i) => {
            const h = mineHeights[i]!;
            const cy = my - h / 2;
            my -= h + GAP;
            return <Button3D key={item.key} name={`unpledge:${item.key}`} label={item.label} width={SIDE_WIDTH} height={h} position={[0, cy, 0]}
              tone="selected" onPress={() => dispatch({ type: 'unpledge', choice: item.choice })} />;
          })}
          {mine.hint && (
            <Label position={[-SIDE_WIDTH / 2, my - 0.01, 0]} fontSize={SMALL_TEXT} maxWidth={SIDE_WIDTH} anchorX="left" anchorY="top" lineHeight={1.3} color="#b8c4cc">
              {mine.hint}
            </Label>
          )}
        </Panel>
      </group>
    </group>
  );
}
