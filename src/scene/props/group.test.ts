import { expect, test } from 'vitest';
import { BUILTIN_PROPS } from '../../lesson/steps/scene.ts';
import { buildKind, triangles } from './geometry.ts';
import { groupProps } from './group.ts';
import { PROP_LIBRARY } from './library/index.ts';
import { mergedProps } from './merged.ts';

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

test('a step\'s built-in props merge into one geometry, each copy placed and coloured as the lesson says', () => {
  const g = mergedProps(groupProps([
    { model: 'tree', position: [0, 0, -5] },
    { model: 'car', position: [4, 0, -6], rotationY: 90, color: '#ff0000' },
    { model: 'tree', position: [-3, 0, -5], scale: 2 },
  ]).builtin)!;
  const count = (k: keyof typeof PROP_LIBRARY) => buildKind(PROP_LIBRARY[k]).getAttribute('position').count;
  expect(g.getAttribute('position').count).toBe(2 * count('tree') + count('car'));
  g.computeBoundingBox();
  // The big tree reaches 2 × its height; the car stands 4 m to the right.
  const tree = buildKind(PROP_LIBRARY.tree);
  tree.computeBoundingBox();
  expect(g.boundingBox!.max.y).toBeCloseTo(2 * tree.boundingBox!.max.y, 3);
  expect(g.boundingBox!.max.x).toBeGreaterThan(4.5);
  // The car's body took the lesson's red (its tintable parts): some vertex is pure red.
  const color = g.getAttribute('color');
  const reds = Array.from({ length: color.count }, (_, i) => [color.getX(i), color.getY(i), color.getZ(i)]).filter(([r, gr, b]) => r! > 0.9 && gr! < 0.01 && b! < 0.01);
  expect(reds.length).toBeGreaterThan(0);
  expect(mergedProps([])).toBeNull();
});
