import { describe, expect, test } from 'vitest';
import { arrowAngle, cosTo, gazeTarget, nearestUnvisited, newDwell, stepDwell } from './guide.ts';

const eye = { x: 0, y: 1.6, z: 0 };
const ahead = { x: 0, y: 0, z: -1 };
const deg = (d: number) => Math.cos((d * Math.PI) / 180);

describe('gaze', () => {
  const points = [{ x: -1.8, y: 1.0, z: -2.6 }, { x: 0.2, y: 1.65, z: -3.2 }, { x: 0, y: 1.6, z: 3 }];

  test('cosTo measures the angle from the view direction', () => {
    expect(cosTo(eye, ahead, { x: 0, y: 1.6, z: -5 })).toBeCloseTo(1);
    expect(cosTo(eye, ahead, { x: 5, y: 1.6, z: 0 })).toBeCloseTo(0);
    expect(cosTo(eye, ahead, eye)).toBe(1);
  });

  test('picks the point inside the cone, the closest to the centre', () => {
    expect(gazeTarget(eye, ahead, points, deg(5))).toBe(1);
    expect(gazeTarget(eye, ahead, points, deg(1))).toBe(-1);
    expect(gazeTarget(eye, { x: 0, y: 0, z: 1 }, points, deg(5))).toBe(2);
  });

  test('nearest unvisited is the smallest turn, skipping visited ones', () => {
    expect(nearestUnvisited(eye, ahead, points, [false, false, false])).toBe(1);
    expect(nearestUnvisited(eye, ahead, points, [false, true, false])).toBe(0);
    expect(nearestUnvisited(eye, ahead, points, [true, true, true])).toBe(-1);
  });
});

describe('arrowAngle', () => {
  test('points at a target on the view plane', () => {
    expect(arrowAngle(1, 0, -1)).toBeCloseTo(0);
    expect(arrowAngle(0, 1, -1)).toBeCloseTo(Math.PI / 2);
    expect(Math.abs(arrowAngle(-1, 0, -1))).toBeCloseTo(Math.PI);
  });

  test('a target behind turns the student sideways, towards its side', () => {
    expect(Math.abs(arrowAngle(0.2, 0.5, 3))).toBeLessThan(0.2);
    expect(Math.abs(arrowAngle(-0.2, 0.5, 3))).toBeGreaterThan(Math.PI - 0.2);
    expect(arrowAngle(0, 0, 3)).toBeCloseTo(0);
  });
});

describe('dwell', () => {
  test('fires once after holding the same target, resets when looking away', () => {
    const d = newDwell();
    const frames = (target: number, n: number) => Array.from({ length: n }, () => stepDwell(d, target, 1 / 72, 1));
    expect(frames(2, 72).some(Boolean)).toBe(false); // the first frame only starts the dwell
    expect(frames(2, 2).filter(Boolean)).toHaveLength(1);
    expect(frames(2, 100).some(Boolean)).toBe(false);
    frames(-1, 10);
    frames(2, 30);
    expect(d.seconds).toBeLessThan(0.5);
    frames(0, 1);
    expect(d).toMatchObject({ target: 0, seconds: 0, fired: false });
  });

  test('a stalled frame counts at most 0.25 s', () => {
    const d = newDwell();
    stepDwell(d, 1, 0, 1);
    expect(stepDwell(d, 1, 5, 1)).toBe(false);
    expect(d.seconds).toBeCloseTo(0.25);
  });
});
