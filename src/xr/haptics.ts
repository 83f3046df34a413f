/**
 * Haptics on Quest controllers. WebXR gamepads expose `hapticActuators[n].pulse(value, ms)`; the newer
 * Gamepad API has `vibrationActuator.playEffect('dual-rumble', …)`. Hands and phones have neither:
 * nothing happens there. Called on events (a press, runner feedback), never per frame.
 */

interface PulseActuator {
  pulse?: (value: number, ms: number) => Promise<unknown>;
}
interface EffectActuator {
  playEffect?: (type: string, params: { duration: number; strongMagnitude: number; weakMagnitude: number }) => Promise<unknown>;
}
export interface HapticGamepad {
  readonly hapticActuators?: ArrayLike<PulseActuator>;
  readonly vibrationActuator?: (PulseActuator & EffectActuator) | null;
}

const ignore = () => undefined;

/** One pulse of `intensity` (0–1) for `ms` on the gamepad's first actuator that can; false where none can. */
export function pulseGamepad(gamepad: HapticGamepad | null | undefined, intensity: number, ms: number): boolean {
  if (!gamepad) return false;
  const first = gamepad.hapticActuators?.[0];
  if (typeof first?.pulse === 'function') {
    first.pulse(intensity, ms).catch(ignore);
    return true;
  }
  const v = gamepad.vibrationActuator;
  if (typeof v?.playEffect === 'function') {
    v.playEffect('dual-rumble', { duration: ms, strongMagnitude: intensity, weakMagnitude: intensity }).catch(ignore);
    return true;
  }
  if (typeof v?.pulse === 'function') {
    v.pulse(intensity, ms).catch(ignore);
    return true;
  }
  return false;
}

/** A short pulse on every controller that can vibrate: "your answer was checked". */
export function pulse(session: XRSession | undefined, intensity = 0.4, ms = 40): void {
  if (!session) return;
  for (const source of session.inputSources) pulseGamepad(source.gamepad as HapticGamepad | undefined, intensity, ms);
}

/** The press pulse: short and light, so it reads as a click and runner feedback can follow it. */
export const PRESS_INTENSITY = 0.3;
export const PRESS_MS = 20;

/**
 * "Your press was heard": a tick on the controller that pressed. `pointerState` is the pointer event's
 * (@react-three/xr puts the XR input source state there); a mouse, touch or hand press has no
 * vibrating gamepad and gets nothing.
 */
export function pulsePress(pointerState: unknown): boolean {
  if (pointerState == null || typeof pointerState !== 'object' || !('inputSource' in pointerState)) return false;
  const source = (pointerState as { inputSource?: { gamepad?: unknown } }).inputSource;
  return pulseGamepad(source?.gamepad as HapticGamepad | undefined, PRESS_INTENSITY, PRESS_MS);
}

/** For pointer event handlers: `pressFeedback(e)` before acting on a press. */
export function pressFeedback(e: { pointerState?: unknown } | object): void {
  pulsePress((e as { pointerState?: unknown }).pointerState);
}
