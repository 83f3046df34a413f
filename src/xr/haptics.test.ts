import { describe, expect, test } from 'vitest';
import { pressFeedback, PRESS_INTENSITY, PRESS_MS, pulseGamepad, pulsePress, type HapticGamepad } from './haptics.ts';

function recorder() {
  const calls: unknown[][] = [];
  return { calls, fn: (...a: unknown[]) => { calls.push(a); return Promise.resolve(true); } };
}

describe('haptics', () => {
  test('a WebXR gamepad pulses its first haptic actuator', () => {
    const a = recorder();
    const b = recorder();
    const gamepad: HapticGamepad = { hapticActuators: [{ pulse: a.fn }, { pulse: b.fn }] };
    expect(pulseGamepad(gamepad, 0.5, 30)).toBe(true);
    expect(a.calls).toEqual([[0.5, 30]]);
    expect(b.calls).toEqual([]);
  });

  test('without haptic actuators, the Gamepad API vibration actuator plays a rumble', () => {
    const e = recorder();
    const gamepad = { hapticActuators: [], vibrationActuator: { playEffect: e.fn } } as HapticGamepad;
    expect(pulseGamepad(gamepad, 0.3, 20)).toBe(true);
    expect(e.calls).toEqual([['dual-rumble', { duration: 20, strongMagnitude: 0.3, weakMagnitude: 0.3 }]]);
  });

  test('nothing that vibrates: nothing happens, and no error', () => {
    expect(pulseGamepad(undefined, 1, 10)).toBe(false);
    expect(pulseGamepad({}, 1, 10)).toBe(false);
    expect(pulseGamepad({ hapticActuators: [{}], vibrationActuator: null }, 1, 10)).toBe(false);
  });

  test('a refused pulse is swallowed', async () => {
    const gamepad: HapticGamepad = { hapticActuators: [{ pulse: () => Promise.reject(new Error('busy')) }] };
    expect(pulseGamepad(gamepad, 1, 10)).toBe(true);
    await new Promise((r) => setTimeout(r, 0));
  });

  test('a press pulses the controller that pressed, and only an XR input source', () => {
    const a = recorder();
    const state = { type: 'controller', inputSource: { handedness: 'right', gamepad: { hapticActuators: [{ pulse: a.fn }] } } };
    expect(pulsePress(state)).toBe(true);
    expect(a.calls).toEqual([[PRESS_INTENSITY, PRESS_MS]]);
    pressFeedback({ pointerState: state });
    expect(a.calls.length).toBe(2);
    // A mouse event has no pointer state; a hand has an input source without a gamepad.
    expect(pulsePress(undefined)).toBe(false);
    pressFeedback({ pointerType: 'mouse' });
    expect(pulsePress({ type: 'hand', inputSource: { handedness: 'left' } })).toBe(false);
    expect(a.calls.length).toBe(2);
  });
});
