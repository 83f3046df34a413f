import { describe, expect, test } from 'vitest';
import type { Lesson } from '../../lesson/schema.ts';
import type { SceneStep } from '../../lesson/steps/scene.ts';
import { start, transition } from '../../runner/runner.ts';
import { buildLesson, text } from '../../../tests/fixtures/lessons/build.ts';
import type { RunnerState } from '../../runner/types.ts';
import { panelSlot, sceneStatus, sceneView } from './scene.ts';

const t = (en: string) => text(`${en}-ko`, en);
const lesson = buildLesson;
const hotspot = (id: string) => ({ id, label: t(`${id} label`), body: t(`${id} body`), position: [0, 1.5, -3] as [number, number, number] });
const scene = (id: string, more: Record<string, unknown> = {}) => ({ id, type: 'scene' as const, title: t(id), hotspots: [hotspot('a'), hotspot('b'), hotspot('c')], ...more });
const narration = (id: string) => ({ id, type: 'narration' as const, title: t(id), body: t(id) });

function go(l: Lesson, s: RunnerState, ...events: Parameters<typeof transition>[2][]): RunnerState {
  return events.reduce((st, e) => transition(l, st, e).state, s);
}

describe('sceneView', () => {
  test('counts visits and applies "all" by default', () => {
    const l = lesson([scene('s')]);
    const s0 = start(l, 'middle').state;
    const step = l.steps[0] as SceneStep;
    let v = sceneView(step, s0, 'en');
    expect(v).toMatchObject({ title: 's', found: 0, total: 3, required: 3, done: false });
    expect(v.hotspots.map((h) => [h.label, h.visited])).toEqual([['a label', false], ['b label', false], ['c label', false]]);
    v = sceneView(step, go(l, s0, { type: 'visit', hotspotId: 'b' }, { type: 'visit', hotspotId: 'b' }), 'ko');
    expect(v).toMatchObject({ title: 's-ko', found: 1, done: false });
    expect(v.hotspots[1]).toMatchObject({ id: 'b', visited: true, body: 'b body-ko' });
  });

  test('a numeric rule needs only that many, and never more than there are', () => {
    const l = lesson([scene('s', { complete: 2 }), scene('t', { complete: 9 })]);
    const s0 = start(l, 'middle').state;
    const v = sceneView(l.steps[0] as SceneStep, go(l, s0, { type: 'visit', hotspotId: 'a' }, { type: 'visit', hotspotId: 'c' }), 'en');
    expect(v).toMatchObject({ found: 2, required: 2, done: true });
    expect(sceneStatus(v)).toEqual({ key: 'scene.enoughFound', params: { found: 2, total: 3 } });
    expect(sceneView(l.steps[1] as SceneStep, s0, 'en').required).toBe(3);
  });

  test('status lines', () => {
    const l = lesson([scene('s'), scene('e', { hotspots: [] })]);
    const s0 = start(l, 'middle').state;
    expect(sceneStatus(sceneView(l.steps[0] as SceneStep, s0, 'en'))).toEqual({ key: 'scene.found', params: { found: 0, total: 3 } });
    const all = go(l, s0, ...['a', 'b', 'c'].map((hotspotId) => ({ type: 'visit' as const, hotspotId })));
    expect(sceneStatus(sceneView(l.steps[0] as SceneStep, all, 'en')).key).toBe('scene.allFound');
    expect(sceneStatus(sceneView(l.steps[1] as SceneStep, s0, 'en')).key).toBe('scene.lookAround');
  });
});

describe('panelSlot', () => {
  const box = { width: 1.1, bottom: 0.91, top: 1.4, distance: 1.6, eye: 1.6 };
  const at = (...ps: [number, number, number][]) => ps.map((position) => ({ position }));
  test('straight ahead when nothing is behind the panel', () => {
    expect(panelSlot(at([-1.8, 1.0, -2.6], [-0.6, 1.4, -3.2], [0.7, 1.4, -3.2], [1.8, 1.0, -2.6]), box)).toBe(0);
    expect(panelSlot([], box)).toBe(0);
  });
  test('aside when a hotspot low in front would be hidden, to the side hiding fewest', () => {
    // The hot street: asphalt low ahead-left, air conditioners far left, traffic ahead-right.
    const hot = at([-0.5, 0.9, -2.4], [-1.9, 1.2, -2.8], [0.4, 1.3, -3.3], [1.8, 1.5, -2.7]);
    expect(panelSlot(hot, box)).toBe(0.85);
    expect(panelSlot(at([0.3, 1.0, -3]), box)).toBe(-0.85);
  });
  test('hotspots nearer than the panel or behind the student are never hidden by it', () => {
    expect(panelSlot(at([0, 1.2, -1.2], [0, 1.2, 3]), box)).toBe(0);
  });
});
