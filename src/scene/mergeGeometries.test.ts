import { BoxGeometry, CircleGeometry, RingGeometry } from 'three';
import { mergeGeometries as threeMerge } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import { describe, expect, test } from 'vitest';
import { mergeGeometries } from './mergeGeometries.ts';

const arrays = (g: ReturnType<typeof mergeGeometries>) =>
  Object.fromEntries([...Object.entries(g.attributes).map(([k, a]) => [k, [...a.array]]), ['index', g.index ? [...g.index.array] : null]]);

describe('merging built shapes into one geometry', () => {
  test('indexed parts: the same vertices and triangles as three.js merges them', () => {
    const parts = () => [new RingGeometry(0.056, 0.075, 28), new CircleGeometry(0.026, 16)];
    const ours = mergeGeometries(parts());
    expect(arrays(ours)).toEqual(arrays(threeMerge(parts())!));
    expect(ours.getAttribute('position').count).toBe(parts().reduce((n, g) => n + g.getAttribute('position').count, 0));
  });

  test('non-indexed parts: vertices one after another', () => {
    const parts = () => [new BoxGeometry(1, 2, 3).toNonIndexed(), new BoxGeometry(4, 5, 6).translate(1, 0, 0).toNonIndexed()];
    expect(arrays(mergeGeometries(parts()))).toEqual(arrays(threeMerge(parts())!));
  });

  test('parts that do not match are refused with what differs', () => {
    const a = new BoxGeometry().toNonIndexed();
    const b = new BoxGeometry().toNonIndexed();
    b.deleteAttribute('uv');
    expect(() => mergeGeometries([a, b])).toThrow(/part 1 has \[normal, position\]/);
    expect(() => mergeGeometries([a, new BoxGeometry()])).toThrow(/\(indexed\)/);
    expect(() => mergeGeometries([])).toThrow(/nothing/);
  });
});
