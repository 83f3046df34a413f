import type { ThreeEvent } from '@react-three/fiber';
import { useRef, useState } from 'react';
import { useTranslation } from '../../i18n/react.ts';
import type { MeshBasicMaterial } from 'three';
import { dispatch } from '../../app/store.ts';
import { footprintPanel, footprintView, type FootprintCard, type FootprintFace } from '../../app/views/footprint.ts';
import type { FootprintStep } from '../../lesson/steps/footprint.ts';
import { Bars3D, barsHeight } from '../consequences/Bars.tsx';
import { Consequence } from '../consequences/Consequence.tsx';
import { CENTRE_WIDTH as PANEL_WIDTH, SIDE_WIDTH, SMALL_TEXT, sidePose } from '../consequences/layout.ts';
import { BODY_SIZE, TITLE_SIZE } from '../layout.ts';
import { Button3D } from '../ui/Button3D.tsx';
import { Label } from '../ui/Label.tsx';
import { Panel } from '../ui/Panel.tsx';
import { noteRayHover } from '../../xr/aim.ts';
import { pressFeedback } from '../../xr/haptics.ts';
import { useReducedMotion } from '../useReducedMotion.ts';
import { estimateLines } from './textLines.ts';
import type { StepSceneProps } from './types.ts';

const PAD = 0.06;
const INNER = PANEL_WIDTH - 2 * PAD;
const GAP = 0.035;
const CARD_W = (INNER - GAP) / 2;
const CARD_TEXT = 0.04;
const CARD_LINE = CARD_TEXT * 1.25;
const PROMPT_SIZE = BODY_SIZE * 0.9;
const COLORS = { idle: '#2b3a47', chosen: '#2f5f9e', hover: '#4a6a86' };
// The card's text must not catch rays: XR pointers act on the first thing they hit.
const noRaycast = () => {};

const TOGGLE_H = 0.09;
const DETAIL_SIZE = BODY_SIZE * 0.9;

function cardText(c: FootprintCard): string {
  return `${c.chosen ? '✓ ' : ''}${c.label}\n${c.figure}`;
}

/** One option as a large target: its label and yearly figure (its arithmetic and source are on the details face). */
function ChoiceCard({ c, height, position }: { c: FootprintCard; height: number; position: [number, number, number] }) {
  const material = useRef<MeshBasicMaterial>(null);
  const base = c.chosen ? COLORS.chosen : COLORS.idle;
  const hover = (on: boolean) => (e: ThreeEvent<PointerEvent>) => {
    e.stopPropagation();
    noteRayHover(e, on);
    material.current?.color.set(on ? COLORS.hover : base);
  };
  return (
    <group position={position}>
      <mesh name={`footprint:${c.id}`} onPointerOver={hover(true)} onPointerOut={hover(false)}
        onClick={(e) => {
          e.stopPropagation();
          pressFeedback(e);
          dispatch({ type: 'choose', optionId: c.id });
        }}>
        <planeGeometry args={[CARD_W, height]} />
        <meshBasicMaterial ref={material} color={base} />
      </mesh>
      <Label raycast={noRaycast} position={[-CARD_W / 2 + 0.03, height / 2 - 0.025, 0.004]} fontSize={CARD_TEXT} maxWidth={CARD_W - 0.06}
        anchorX="left" anchorY="top" lineHeight={1.25} color={c.chosen ? '#ffffff' : '#e6edf1'}>
        {cardText(c)}
      </Label>
    </group>
  );
}

/**
 * A footprint choice: the options as cards in the middle, the running total against the lesson's
 * benchmarks on the left, and the consequence on the right. ≈ 32 draw calls with six options. The
 * middle panel turns to the chosen card's arithmetic and source on demand (footprintPanel), so a
 * headset never shows more than about 60 words on it.
 */
export function Footprint3D({ step, session, lang }: StepSceneProps<FootprintStep>) {
  const { t } = useTranslation();
  const reduced = useReducedMotion();
  const [face, setFace] = useState<FootprintFace>('choices');
  const tr = (k: string, p?: Record<string, string | number>) => t(k, p ?? {});
  const v = footprintView(session.lesson, step, session.runner, lang, tr);
  const p = footprintPanel(v, face, tr);

  // The details face has no heading: its text starts at the top.
  const titleH = p.heading ? estimateLines(p.heading, INNER, TITLE_SIZE) * TITLE_SIZE * 1.2 + 0.02 : 0;
  const leadLines = estimateLines(p.lead, INNER, PROMPT_SIZE);
  const rows: FootprintCard[][] = [];
  for (let i = 0; i < p.cards.length; i += 2) rows.push(p.cards.slice(i, i + 2));
  const rowHeights = rows.map((r) => Math.max(...r.map((c) => estimateLines(cardText(c), CARD_W - 0.06, CARD_TEXT))) * CARD_LINE + 0.05);
  const detailH = p.detail ? estimateLines(p.detail, INNER - 0.06, DETAIL_SIZE) * DETAIL_SIZE * 1.3 + 0.05 : 0;
  const head = PAD + titleH + leadLines * PROMPT_SIZE * 1.3 + 0.04;
  const body = rowHeights.reduce((a, b) => a + b + GAP, 0) + (detailH ? detailH + GAP : 0);
  const height = head + body + TOGGLE_H + PAD;
  // Grows upward from just above the Back/Next bar once it no longer fits around eye level.
  const centre = Math.max(0.15, -0.5 + height / 2);
  const top = height / 2;
  const left = sidePose('left');
  const barsH = barsHeight(v.bars, SIDE_WIDTH);
  const totalTitle = t('steps.footprint.totalTitle');
  const headH = estimateLines(totalTitle, SIDE_WIDTH, SMALL_TEXT * 1.2) * SMALL_TEXT * 1.2 * 1.2 + 0.03;
  const cardH = 0.04 + headH + barsH + 0.02;

  let y = top - head;
  return (
    <group>
      <Panel width={PANEL_WIDTH} height={height} position={[0, centre, 0]}>
        {p.heading && (
          <Label position={[-INNER / 2, top - PAD, 0]} fontSize={TITLE_SIZE} maxWidth={INNER} anchorX="left" anchorY="top" lineHeight={1.2}>
            {p.heading}
          </Label>
        )}
        <Label position={[-INNER / 2, top - PAD - titleH, 0]} fontSize={PROMPT_SIZE} maxWidth={INNER}
          anchorX="left" anchorY="top" lineHeight={1.3} color="#d5dee4">
          {p.lead}
        </Label>
        {rows.map((row, r) => {
          const h = rowHeights[r]!;
          const cy = y - h / 2;
          y -= h + GAP;
          return row.map((c, i) => (
            <ChoiceCard key={c.id} c={c} height={h} position={[-INNER / 2 + CARD_W / 2 + i * (CARD_W + GAP), cy, 0]} />
          ));
        })}
        {p.detail && (
          <group position={[0, y - detailH / 2, 0]}>
            <mesh raycast={noRaycast}>
              <planeGeometry args={[INNER, detailH]} />
              <meshBasicMaterial color={COLORS.idle} />
            </mesh>
            <Label raycast={noRaycast} position={[-INNER / 2 + 0.03, detailH / 2 - 0.025, 0.004]} fontSize={DETAIL_SIZE} maxWidth={INNER - 0.06}
              anchorX="left" anchorY="top" lineHeight={1.3} color="#e6edf1">
              {p.detail}
            </Label>
          </group>
        )}
        <Button3D name={face === 'choices' ? 'footprint:details' : 'footprint:choices'} label={p.toggle} width={0.8} height={TOGGLE_H}
          position={[0, -top + PAD + TOGGLE_H / 2, 0]} onPress={() => setFace(face === 'choices' ? 'details' : 'choices')} />
      </Panel>
      <group position={left.position} rotation={left.rotation}>
        <Panel width={SIDE_WIDTH + 0.08} height={cardH} position={[0, 0.15, 0]}>
          <Label position={[-SIDE_WIDTH / 2, cardH / 2 - 0.04, 0]} fontSize={SMALL_TEXT * 1.2} maxWidth={SIDE_WIDTH} anchorX="left" anchorY="top" lineHeight={1.2}>
            {totalTitle}
          </Label>
          <group position={[-SIDE_WIDTH / 2, cardH / 2 - 0.04 - headH, 0]}>
            <Bars3D bars={v.bars} width={SIDE_WIDTH} reduced={reduced} />
          </group>
        </Panel>
      </group>
      <Consequence view={v.consequence} title={t('steps.footprint.consequence.title')} />
    </group>
  );
}
