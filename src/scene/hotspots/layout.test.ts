import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { panelSlot } from '../../app/views/scene.ts';
import { loadLesson } from '../../lesson/load.ts';
import type { SceneStep } from '../../lesson/steps/scene.ts';
import { pick } from '../../lesson/text.ts';
import { EYE_HEIGHT, NAV_BAR, PANEL_DISTANCE, PANEL_Y } from '../layout.ts';
import { cardPlace, cardRect, type CardSurroundings, hotspotScale, labelWidth, MARKER_RADIUS, viewRectAhead, viewRectOf, type ViewRect, yawToStudent } from './layout.ts';

type P = [number, number, number];
const H = 0.3;
const hot = (position: P, label = 'Bin') => ({ position, label });
const none: CardSurroundings = { others: [], keepClear: [] };
/** Whether any of a marker (its ring, ≈ 0.047 rad in radius) is under the card. */
const inside = (r: ViewRect, p: P) => {
  const az = Math.atan2(p[0], -p[2]);
  const el = Math.atan2(p[1] - EYE_HEIGHT, Math.hypot(p[0], p[2]));
  const m = Math.atan2(MARKER_RADIUS, PANEL_DISTANCE);
  return az > r.az0 - m && az < r.az1 + m && el > r.el0 - m && el < r.el1 + m;
};
const overlaps = (a: ViewRect, b: ViewRect) => a.az0 < b.az1 && b.az0 < a.az1 && a.el0 < b.el1 && b.el0 < a.el1;

test('markers grow with distance from 1× at the panel to at most 4×', () => {
  expect(hotspotScale([0, 1.6, -1])).toBe(1);
  expect(hotspotScale([0, 1.6, -3.2])).toBeCloseTo(2);
  expect(hotspotScale([0, 1.6, -30])).toBe(4);
});

test('markers turn to face a student at the origin', () => {
  expect(yawToStudent([0, 1, -3])).toBeCloseTo(0);
  expect(yawToStudent([3, 1, 0])).toBeCloseTo(-Math.PI / 2);
  expect(yawToStudent([-3, 1, 0])).toBeCloseTo(Math.PI / 2);
});

test('a card opens on the outer side when nothing is in the way', () => {
  expect(cardPlace([1.3, 1.4, -2.4], H, none)).toBe('right');
  expect(cardPlace([-1.3, 1.4, -2.4], H, none)).toBe('left');
});

test('a card moves off another marker: to the other side, else above it', () => {
  const bin: P = [1.3, 1.4, -2.4];
  const bikes: P = [4.3, 1.2, -4.6];
  expect(cardPlace(bin, H, { others: [hot(bikes)], keepClear: [] })).not.toBe('right');
  // Neighbours level on both sides: the card takes the label's place above the marker…
  const p: P = [0, 1.5, -3];
  expect(cardPlace(p, H, { others: [hot([-1.1, 1.5, -3]), hot([1.1, 1.5, -3])], keepClear: [] })).toBe('above');
  // …or, with them so near that even that would touch them, goes below.
  const near = { others: [hot([-0.9, 1.5, -3]), hot([0.9, 1.5, -3])], keepClear: [] };
  const place = cardPlace(p, H, near);
  expect(place).toBe('below');
  const card = viewRectOf(p, cardRect(p, place, H));
  for (const o of near.others) expect(inside(card, o.position)).toBe(false);
});

test('a card keeps clear of the panel and the Back/Next bar', () => {
  const panel = viewRectAhead(0, 1.1, PANEL_Y - 0.54, PANEL_Y - 0.1, PANEL_DISTANCE);
  const bar = viewRectAhead(0, NAV_BAR.width, PANEL_Y + NAV_BAR.bottom, PANEL_Y + NAV_BAR.top, PANEL_DISTANCE);
  // Just above the panel's top edge, a little to the left: below or to the right would cover the panel.
  const p: P = [-0.35, 1.75, -2.2];
  const place = cardPlace(p, H, { others: [], keepClear: [panel, bar] });
  expect(overlaps(viewRectOf(p, cardRect(p, place, H)), panel)).toBe(false);
  // Low and ahead (a puddle on the ground): not down over the buttons.
  const low: P = [0.25, 0.3, -2.4];
  const lowPlace = cardPlace(low, H, { others: [], keepClear: [panel, bar] });
  expect(overlaps(viewRectOf(low, cardRect(low, lowPlace, H)), bar)).toBe(false);
});

test('a card never goes into the ground', () => {
  for (const place of ['right', 'left', 'above', 'below'] as const) {
    const p: P = [0.5, 0.2, -3];
    const r = cardRect(p, place, H);
    expect(p[1] + hotspotScale(p) * r.y0).toBeGreaterThanOrEqual(0.15 - 1e-9);
  }
});

test('labels are estimated wider in Hangul than in Latin letters, never wider than their box', () => {
  expect(labelWidth('공기')).toBeGreaterThan(labelWidth('Air'));
  expect(labelWidth('x'.repeat(200))).toBeLessThanOrEqual(0.9);
});

// Every scene step of the built-in lessons, in both languages: each hotspot's card, where it opens,
// covers no other marker and neither the step's panel nor its buttons.
const lessonsDir = new URL('../../../lessons/', import.meta.url);
const scenes = readdirSync(lessonsDir).filter((f) => f.endsWith('.json')).flatMap((f) => {
  const r = loadLesson(readFileSync(new URL(f, lessonsDir), 'utf8'));
  return r.ok ? r.lesson.steps.filter((s): s is SceneStep => s.type === 'scene' && s.hotspots.length > 0).map((s) => ({ file: f, step: s })) : [];
});

test('the built-in lessons have scene steps with hotspots to check', () => {
  expect(scenes.length).toBeGreaterThanOrEqual(6);
});

test.each(scenes.flatMap(({ file, step }) => (['ko', 'en'] as const).map((lang) => ({ name: `${file} ${step.id} ${lang}`, step, lang }))))('$name: cards cover no marker, panel or button', ({ step, lang }) => {
  // The panel as Scene3D lays it out, with a typical height (title, two lines, status and hint).
  const bottom = PANEL_Y - 0.54;
  const top = bottom + 0.45;
  const slot = panelSlot(step.hotspots, { width: 1.1, bottom, top, distance: PANEL_DISTANCE, eye: EYE_HEIGHT });
  const turn = Math.atan2(slot, PANEL_DISTANCE);
  const keepClear = [
    viewRectAhead(turn, 1.1, bottom, top, PANEL_DISTANCE),
    viewRectAhead(0, NAV_BAR.width, PANEL_Y + NAV_BAR.bottom, PANEL_Y + NAV_BAR.top, PANEL_DISTANCE),
  ];
  const all = step.hotspots.map((h) => ({ id: h.id, position: h.position as P, label: pick(h.label, lang) }));
  const problems: string[] = [];
  for (const h of all) {
    const others = all.filter((o) => o !== h);
    const place = cardPlace(h.position, H, { others, keepClear });
    const card = viewRectOf(h.position, cardRect(h.position, place, H));
    for (const o of others) if (inside(card, o.position)) problems.push(`${h.id} (${place}) covers marker ${o.id}`);
    keepClear.forEach((r, i) => { if (overlaps(card, r)) problems.push(`${h.id} (${place}) covers the ${i ? 'buttons' : 'panel'}`); });
  }
  expect(problems).toEqual([]);
});

