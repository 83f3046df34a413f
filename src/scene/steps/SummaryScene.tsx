import { useState } from 'react';
import { useTranslation } from '../../i18n/react.ts';
import { summaryView } from '../../app/views/summary.ts';
import type { SummaryStep } from '../../lesson/steps/summary.ts';
import { Bars3D, barsHeight } from '../consequences/Bars.tsx';
import { CENTRE_WIDTH as PANEL_WIDTH, SIDE_WIDTH, SMALL_TEXT, sidePose } from '../consequences/layout.ts';
import { BODY_SIZE, TITLE_SIZE } from '../layout.ts';
import { Button3D } from '../ui/Button3D.tsx';
import { Label } from '../ui/Label.tsx';
import { Panel } from '../ui/Panel.tsx';
import { useReducedMotion } from '../useReducedMotion.ts';
import { estimateLines } from './textLines.ts';
import type { StepSceneProps } from './types.ts';

const PAD = 0.06;
const INNER = PANEL_WIDTH - 2 * PAD;
const TEXT = BODY_SIZE * 0.9;
const SOURCE_TEXT = 0.04;

interface Block {
  text: string;
  size: number;
  color?: string;
  gap?: number;
}

/**
 * The end of a lesson. Results (score, pre → post, the changes that matter most, pledges) in the
 * middle, the footprint against its benchmarks on the left; sources on a second tab, each with its
 * address as text. ≤ 20 draw calls.
 */
export function SummaryScene({ step, session, lang }: StepSceneProps<SummaryStep>) {
  const { t } = useTranslation();
  const reduced = useReducedMotion();
  const v = summaryView(session.lesson, step, session.runner, lang, (k, p) => t(k, p ?? {}));
  const hasSources = !!v.sources?.length;
  const f = v.footprint;
  const savings = f ? (f.savings.length ? f.savings.map((s) => `• ${s}`).join('\n') : f.hasChoices ? t('steps.summary.noSavings') : '') : '';
  const savingsText = savings ? `${t('steps.summary.biggest')}\n${savings}` : '';
  const hasResults = v.score !== null || v.gain.length > 0 || v.pledges !== null || !!v.body || !!savingsText;
  const [tab, setTab] = useState<'results' | 'sources'>(hasResults || !hasSources ? 'results' : 'sources');
  const tabs = hasSources && hasResults;

  const blocks: Block[] = [{ text: v.title, size: TITLE_SIZE }];
  if (tab === 'results') {
    if (v.body) blocks.push({ text: v.body, size: TEXT, color: '#d5dee4' });
    if (v.score) blocks.push({ text: `${t('steps.summary.score')}: ${v.score}`, size: BODY_SIZE * 1.2, color: '#9be7b8', gap: 0.03 });
    if (v.gain.length) blocks.push({ text: `${t('steps.summary.gain')}\n${v.gain.join('\n')}`, size: SMALL_TEXT * 1.1 });
    if (savingsText) blocks.push({ text: savingsText, size: SMALL_TEXT * 1.1, gap: 0.03 });
    if (v.pledges) {
      const list = v.pledges.length ? v.pledges.map((p) => `• ${p}`).join('\n') : t('steps.summary.noPledges');
      blocks.push({ text: `${t('steps.summary.pledges')}\n${list}`, size: TEXT, gap: 0.03 });
    }
  } else if (v.sources) {
    blocks.push({ text: v.sources.map((s) => `• ${s.line}${s.url ? `\n   ${s.url}` : ''}`).join('\n'), size: SOURCE_TEXT, color: '#d5dee4' });
  }
  const lineH = (b: Block) => estimateLines(b.text, INNER, b.size) * b.size * 1.3 + (b.gap ?? 0.02);
  const tabRow = tabs ? 0.12 + 0.03 : 0;
  const height = PAD + blocks.reduce((h, b) => h + lineH(b), 0) + tabRow + PAD;
  const centre = Math.max(0.15, -0.5 + height / 2);
  const top = height / 2;
  let y = top - PAD;

  const left = sidePose('left');
  const barsH = f ? barsHeight(f.bars, SIDE_WIDTH) : 0;
  const headH = f ? estimateLines(f.total, SIDE_WIDTH, SMALL_TEXT * 1.2) * SMALL_TEXT * 1.2 * 1.2 + 0.03 : 0;
  const cardH = 0.05 + headH + barsH + 0.03;

  return (
    <group>
      <Panel width={PANEL_WIDTH} height={height} position={[0, centre, 0]}>
        {blocks.map((b, i) => {
          const at = y;
          y -= lineH(b);
          return (
            <Label key={i} position={[-INNER / 2, at - (i > 0 ? (b.gap ?? 0) / 2 : 0), 0]} fontSize={b.size} maxWidth={INNER} anchorX="left" anchorY="top"
              lineHeight={1.3} {...(b.color ? { color: b.color } : {})}>
              {b.text}
            </Label>
          );
        })}
        {tabs && (
          <group position={[0, -top + PAD + 0.06, 0]}>
            <Button3D name="summary-tab:results" label={t('steps.summary.results')} width={0.5} position={[-0.27, 0, 0]}
              tone={tab === 'results' ? 'selected' : 'default'} onPress={() => setTab('results')} />
            <Button3D name="summary-tab:sources" label={t('steps.summary.sources')} width={0.5} position={[0.27, 0, 0]}
              tone={tab === 'sources' ? 'selected' : 'default'} onPress={() => setTab('sources')} />
          </group>
        )}
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
