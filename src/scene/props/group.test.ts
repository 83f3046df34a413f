import { expect, test } from 'vitest';
import { BUILTIN_PROPS } from '../../lesson/steps/scene.ts';
import { buildKind, triangles } from './geometry.ts';
import { groupProps } from './group.ts';
import { PROP_LIBRARY } from './library/index.ts';

test('props are grouped by kind and by model file, in lesson order', () => {
  const g = groupProps([
    { model: 'tree', position: [0, 0, -5] },
    { model: 'models/recycling-bin.glb', position: [1, 0, -2] },
    { model: 'car', position: [2, 0, -5] },
    { model: 'tree', position: [3, 0, -5], scale: 2 },
  ]);
  expect(g.builtin.map(([k, ps]) => [k, ps.map((p) => p.position[0])])).toEqual([['tree', [0, 3]], ['car', [2]]]);
  expect(g.models.map(([k, ps]) => [k, ps.length])).toEqual([['models/recycling-bin.glb', 1]]);
});

test('every built-in prop builds into one geometry, stands on the ground and stays low-poly', () => {
  for (const name of BUILTIN_PROPS) {
    const def = PROP_LIBRARY[name];
    const g = buildKind(def);
    const n = triangles(g);
    expect(n, name).toBeGreaterThan(0);
    // 40 props of the heaviest kind must stay far under the 100k-triangle budget of a step.
    expect(n, name).toBeLessThan(800);
    g.computeBoundingBox();
    // Clouds float; rocks sit partly in the ground.
    if (name !== 'cloud' && name !== 'rock') expect(g.boundingBox!.min.y, name).toBeGreaterThanOrEqual(-0.01);
    expect(g.getAttribute('uv'), name).toBeUndefined();
    const count = g.getAttribute('position').count;
    for (const a of ['color', 'tint', 'glow']) expect(g.getAttribute(a)?.count, `${name} ${a}`).toBe(count);
  }
});

test('tinted parts take the copy colour, fixed ones keep theirs, glowing ones are marked', () => {
  const g = buildKind(PROP_LIBRARY.lamp);
  const tint = g.getAttribute('tint');
  const glow = g.getAttribute('glow');
  const color = g.getAttribute('color');
  const values = (a: typeof tint) => new Set(Array.from({ length: a.count }, (_, i) => a.getX(i)));
  expect(values(tint)).toEqual(new Set([0, 1]));
  expect(values(glow)).toEqual(new Set([0, 1]));
  for (let i = 0; i < tint.count; i++) {
    if (tint.getX(i) === 1) expect([color.getX(i), color.getY(i), color.getZ(i)]).toEqual([1, 1, 1]);
    if (glow.getX(i) === 1) expect(tint.getX(i)).toBe(0);
  }
});
