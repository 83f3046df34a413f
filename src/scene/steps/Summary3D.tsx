import { useState } from 'react';
import { useTranslation } from '../../i18n/react.ts';
import { summaryPanel, summaryView, type SummaryBlock, type SummaryBlockKind, type SummaryTab } from '../../app/views/summary.ts';
import type { SummaryStep } from '../../lesson/steps/summary.ts';
import { Bars3D, barsHeight } from '../consequences/Bars.tsx';
import { CENTRE_WIDTH as PANEL_WIDTH, SIDE_WIDTH, SMALL_TEXT, sidePose } from '../consequences/layout.ts';
import { BODY_SIZE, TITLE_SIZE } from '../layout.ts';
import { Button3D } from '../ui/Button3D.tsx';
import { Label } from '../ui/Label.tsx';
import { Pager3D } from '../ui/Pager3D.tsx';
import { Panel } from '../ui/Panel.tsx';
import { useReducedMotion } from '../useReducedMotion.ts';
import { estimateLines } from './textLines.ts';
import type { StepSceneProps } from './types.ts';

const PAD = 0.06;
const INNER = PANEL_WIDTH - 2 * PAD;
const TEXT = BODY_SIZE * 0.9;
const GAP = 0.03;
const ROW = 0.12;

/**
 * Each block's size, colour and the room above it: the score stands out, a section's heading is
 * white and larger than its light grey lines, sources are a little smaller.
 */
const LIST = '#d5dee4';
const LOOK: Record<SummaryBlockKind, { size: number; color?: string; gap: number }> = {
  body: { size: TEXT, color: LIST, gap: 0.02 },
  score: { size: BODY_SIZE * 1.2, color: '#9be7b8', gap: 0.03 },
  heading: { size: BODY_SIZE, gap: 0.04 },
  gain: { size: TEXT, color: LIST, gap: 0.01 },
  savings: { size: TEXT, color: LIST, gap: 0.02 },
  pledges: { size: TEXT, color: LIST, gap: 0.01 },
  sources: { size: SMALL_TEXT * 1.2, color: LIST, gap: 0.02 },
};

/**
 * The end of a lesson, one part at a time (summaryPanel): the results (closing text, score, before →
 * after, pledges), the changes that matter most in the footprint, and the sources with their
 * addresses as text, as tabs ("summary-tab:<tab>"), each paged ("summary-page:prev/next") so one
 * face stays within about 60 words; the footprint against its benchmarks on the left. ≤ 22 draw calls.
 */
export function Summary3D({ step, session, lang }: StepSceneProps<SummaryStep>) {
  const { t } = useTranslation();
  const reduced = useReducedMotion();
  const tr = (k: string, p?: Record<string, string | number>) => t(k, p ?? {});
  const v = summaryView(session.lesson, step, session.runner, lang, tr);
  const [tab, setTab] = useState<SummaryTab>('results');
  const [page, setPage] = useState(0);
  const p = summaryPanel(v, tab, page, tr);
  const f = v.footprint;
  const open = (x: SummaryTab) => {
    setTab(x);
    setPage(0);
  };

  const titleH = estimateLines(p.heading, INNER, TITLE_SIZE) * TITLE_SIZE * 1.3;
  const blockH = (b: SummaryBlock) => LOOK[b.kind].gap + estimateLines(b.text, INNER, LOOK[b.kind].size) * LOOK[b.kind].size * 1.3;
  const pagerH = p.pageLabel ? GAP + ROW : 0;
  const tabsH = p.tabs.length ? GAP + ROW : 0;
  // As tall as the tab's tallest page, so the pager and the tabs stay put under the pointer while
  // the student turns pages.
  const textH = Math.max(...Array.from({ length: p.pages }, (_, i) => (i === p.page ? p : summaryPanel(v, p.tab, i, tr)).blocks.reduce((h, b) => h + blockH(b), 0)));
  const height = PAD + titleH + textH + pagerH + tabsH + PAD;
  const centre = Math.max(0.15, -0.5 + height / 2);
  const top = height / 2;
  let y = top - PAD - titleH;
  const tabW = Math.min(0.5, (INNER - GAP * (p.tabs.length - 1)) / Math.max(p.tabs.length, 1));

  const left = sidePose('left');
  const barsH = f ? barsHeight(f.bars, SIDE_WIDTH) : 0;
  const headH = f ? estimateLines(f.total, SIDE_WIDTH, SMALL_TEXT * 1.2) * SMALL_TEXT * 1.2 * 1.2 + 0.03 : 0;
  const cardH = 0.05 + headH + barsH + 0.03;

  return (
    <group>
      <Panel width={PANEL_WIDTH} height={height} position={[0, centre, 0]}>
        <Label position={[-INNER / 2, top - PAD, 0]} fontSize={TITLE_SIZE} maxWidth={INNER} anchorX="left" anchorY="top" lineHeight={1.3}>
          {p.heading}
        </Label>
        {p.blocks.map((b, i) => {
          const look = LOOK[b.kind];
          const at = y - look.gap;
          y -= blockH(b);
          return (
            <Label key={i} position={[-INNER / 2, at, 0]} fontSize={look.size} maxWidth={INNER} anchorX="left" anchorY="top"
              lineHeight={1.3} {...(look.color ? { color: look.color } : {})}>
              {b.text}
            </Label>
          );
        })}
        {p.pageLabel && (
          <Pager3D name="summary-page" label={p.pageLabel} page={p.page} pages={p.pages} onPage={setPage}
            position={[0, -top + PAD + tabsH + ROW / 2, 0]} width={INNER} />
        )}
        {p.tabs.map((x, i) => (
          <Button3D key={x.tab} name={`summary-tab:${x.tab}`} label={x.label} width={tabW}
            position={[(i - (p.tabs.length - 1) / 2) * (tabW + GAP), -top + PAD + ROW / 2, 0]}
            tone={x.selected ? 'selected' : 'default'} onPress={() => open(x.tab)} />
        ))}
      </Panel>
      {f && (
        <group position={left.position} rotation={left.rotation}>
          <Panel width={SIDE_WIDTH + 0.08} height={cardH} position={[0, 0.15, 0]}>
            <Label position={[-SIDE_WIDTH / 2, cardH / 2 - 0.05, 0]} fontSize={SMALL_TEXT * 1.2} maxWidth={SIDE_WIDTH} anchorX="left" anchorY="top" lineHeight={1.2} color="#ffd7a8">
              {f.total}
            </Label>
            <group position={[-SIDE_WIDTH / 2, cardH / 2 - 0.05 - headH, 0]}>
              <Bars3D bars={f.bars} width={SIDE_WIDTH} reduced={reduced} />
            </group>
          </Panel>
        </group>
      )}
    </group>
  );
}
