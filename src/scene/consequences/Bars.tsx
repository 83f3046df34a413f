import { useFrame } from '@react-three/fiber';
import { useLayoutEffect, useMemo, useRef } from 'react';
import { Color, type InstancedMesh, Object3D } from 'three';
import type { BarView } from '../../app/views/footprint.ts';
import { Label } from '../ui/Label.tsx';
import { SETTLE_RATE, SMALL_TEXT } from './layout.ts';
import { estimateLines } from '../steps/textLines.ts';
import { approach, settled } from './motion.ts';

const BAR = 0.03; // m, bar thickness
const LINE = SMALL_TEXT * 1.28;
/** Between a row's last line and its bar: the line box alone left the descenders touching it. */
const TEXT_GAP = 0.014;
const TRACK = new Color('#2b3a47');
const TOTAL = new Color('#f4a259');
const BENCHMARK = new Color('#7fa7c9');

const rowText = (b: BarView) => [b.label, b.value, b.share].filter(Boolean).join('\n');
/** Lines of a row's text at `width`: a long benchmark name wraps. */
const rowLines = (b: BarView, width: number) => estimateLines(rowText(b), width, SMALL_TEXT);

/** Height of one row: its text lines, the bar and a gap. */
function rowHeight(b: BarView, width: number): number {
  return rowLines(b, width) * LINE + TEXT_GAP + BAR + 0.04;
}

export function barsHeight(bars: BarView[], width: number): number {
  return bars.reduce((h, b) => h + rowHeight(b, width), 0);
}

/**
 * The student's yearly total against each benchmark, as bars on one scale that grow to new values.
 * One instanced mesh for every track and fill, and one label per row: N + 1 draw calls.
 * Origin: top left of the first row.
 */
export function Bars3D({ bars, width, reduced }: { bars: BarView[]; width: number; reduced: boolean }) {
  const mesh = useRef<InstancedMesh>(null);
  const n = bars.length;
  const layout = bars.map((b) => rowLines(b, width)).join(',');
  // Per row: the top of its text and the centre of its bar.
  const rows = useMemo(() => {
    const out: { top: number; bar: number }[] = [];
    let y = 0;
    for (const b of bars) {
      const lines = rowLines(b, width);
      out.push({ top: y, bar: y - lines * LINE - TEXT_GAP - BAR / 2 });
      y -= lines * LINE + TEXT_GAP + BAR + 0.04;
    }
    return out;
    // `layout` stands for the bars' line counts: new arrays each render, the same shape until the text changes.
  }, [layout, width]);
  const fractions = bars.map((b) => b.fraction).join(',');
  const anim = useMemo(() => ({ shown: new Float32Array(n), target: new Float32Array(n), dirty: true, scratch: new Object3D() }), [n]);

  useLayoutEffect(() => {
    bars.forEach((b, i) => (anim.target[i] = b.fraction));
    anim.dirty = true;
    // Tracks never move: place them and colour everything now.
    const m = mesh.current;
    if (!m) return;
    bars.forEach((b, i) => {
      const { scratch } = anim;
      scratch.position.set(width / 2, rows[i]!.bar, 0);
      scratch.scale.set(width, 1, 1);
      scratch.updateMatrix();
      m.setMatrixAt(i * 2, scratch.matrix);
      m.setColorAt(i * 2, TRACK);
      m.setColorAt(i * 2 + 1, b.kind === 'total' ? TOTAL : BENCHMARK);
    });
    m.instanceMatrix.needsUpdate = true;
    if (m.instanceColor) m.instanceColor.needsUpdate = true;
    // `fractions` stands for the bars: a new array each render, the same values until a choice.
  }, [fractions, rows, width, anim]);

  useFrame((_, dt) => {
    const m = mesh.current;
    if (!m) return;
    const { shown, target, scratch } = anim;
    let changed = anim.dirty;
    for (let i = 0; i < n; i++) {
      const before = shown[i]!;
      const next = reduced ? target[i]! : approach(before, target[i]!, SETTLE_RATE, dt);
      shown[i] = settled(next, target[i]!) ? target[i]! : next;
      if (shown[i] !== before) changed = true;
    }
    if (!changed) return;
    anim.dirty = false;
    for (let i = 0; i < n; i++) {
      // A sliver even at zero, so an empty total still reads as a bar.
      const w = Math.max(0.004, shown[i]! * width);
      scratch.position.set(w / 2, rows[i]!.bar, 0.002);
      scratch.scale.set(w, 1, 1);
      scratch.updateMatrix();
      m.setMatrixAt(i * 2 + 1, scratch.matrix);
    }
    m.instanceMatrix.needsUpdate = true;
  });

  return (
    <group>
      {bars.map((b, i) => (
        <Label key={b.key} position={[0, rows[i]!.top, 0]} fontSize={SMALL_TEXT} maxWidth={width} anchorX="left" anchorY="top" lineHeight={1.28}
          color={b.kind === 'total' ? '#ffd7a8' : '#f4f7f5'}>
          {rowText(b)}
        </Label>
      ))}
      <instancedMesh ref={mesh} args={[undefined, undefined, n * 2]} frustumCulled={false}>
        <boxGeometry args={[1, BAR, 0.004]} />
        <meshBasicMaterial />
      </instancedMesh>
    </group>
  );
}
