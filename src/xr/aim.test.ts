import { Group, Mesh, Scene } from 'three';
import { describe, expect, test } from 'vitest';
import { noteRayHover, rayOnPressable } from './aim.ts';

describe('which pressable a controller ray is on', () => {
  test('over and out of a controller ray; mouse and grab pointers do not count', () => {
    const scene = new Scene();
    const button = new Mesh();
    scene.add(button);
    const right = { handedness: 'right' };
    const left = { handedness: 'left' };
    const state = { inputSource: right };
    noteRayHover({ pointerType: 'mouse', eventObject: button }, true);
    noteRayHover({ pointerType: 'grab', pointerState: { inputSource: left }, eventObject: button }, true);
    expect(rayOnPressable(right) || rayOnPressable(left)).toBe(false);
    noteRayHover({ pointerType: 'ray', pointerState: state, eventObject: button }, true);
    expect(rayOnPressable(right)).toBe(true);
    expect(rayOnPressable(left)).toBe(false);
    noteRayHover({ pointerType: 'ray', pointerState: state, eventObject: button }, false);
    expect(rayOnPressable(right)).toBe(false);
  });

  test('moving from one pressable to the next keeps it aimed, whatever order over and out come in', () => {
    const scene = new Scene();
    const a = new Mesh();
    const b = new Mesh();
    scene.add(a, b);
    const source = {};
    const e = (o: Mesh) => ({ pointerType: 'ray', pointerState: { inputSource: source }, eventObject: o });
    noteRayHover(e(a), true);
    noteRayHover(e(b), true);
    noteRayHover(e(a), false);
    expect(rayOnPressable(source)).toBe(true);
  });

  test('a pressable removed with its step (no out event) no longer counts', () => {
    const scene = new Scene();
    const step = new Group();
    const button = new Mesh();
    step.add(button);
    scene.add(step);
    const source = {};
    noteRayHover({ pointerType: 'ray', pointerState: { inputSource: source }, eventObject: button }, true);
    expect(rayOnPressable(source)).toBe(true);
    scene.remove(step);
    expect(rayOnPressable(source)).toBe(false);
  });
});
