/**
 * Resolution on a screen that cannot keep up. A school laptop whose graphics Chrome does not trust
 * draws WebGL on the CPU (SwiftShader): a lesson's world then comes at 3–5 frames a second at full
 * resolution, too slow to aim at anything. The 3D view draws fewer pixels while frames are slow and
 * goes back up once they are quick again, between half the page's pixels and the screen's own
 * ratio (at most 2). Pure: the Stage's AdaptiveResolution measures frames and applies the ratio.
 * Never in a headset, where the XR layer sets the resolution.
 */

/** Below this many frames a second (a median frame longer than this), the view draws fewer pixels. */
export const SLOW_FRAME_MS = 50;
/** Quicker than this (50 frames a second), it draws more again, up to the screen's own ratio. */
export const QUICK_FRAME_MS = 20;
/** The fewest pixels drawn: half the page's CSS pixels across. */
export const MIN_PIXEL_RATIO = 0.5;
/** Frame times are judged over this long (and at least MIN_FRAMES frames): a moment's hitch changes nothing. */
export const WINDOW_MS = 500;
export const MIN_FRAMES = 4;

/**
 * Whether a WebGL renderer's name (WEBGL_debug_renderer_info) is a software one: Chrome's SwiftShader,
 * Mesa's llvmpipe or softpipe, Windows' basic render driver. On those, 4× multisampled edges cost about
 * a quarter of every frame (a lesson in the emulated headset: 26 s with them, 20 s without), so the
 * view is drawn without; a real GPU (a Quest, a laptop's own graphics) keeps them.
 */
export function softwareRenderer(name: string): boolean {
  return /swiftshader|llvmpipe|softpipe|software|basic render/i.test(name);
}

/** The pixel ratio the view starts at and returns to: the screen's own, between 1 and 2. */
export function screenPixelRatio(devicePixelRatio: number): number {
  return Math.min(2, Math.max(1, Number.isFinite(devicePixelRatio) ? devicePixelRatio : 1));
}

/** Quick windows in a row before the ratio goes up: a moment with nothing to draw (a world being built) is not a quicker screen. */
export const QUICK_WINDOWS = 4;

/**
 * The ratio after a window of frames whose median took `medianMs`, and how many quick windows in a row
 * that makes: straight to the fewest pixels when under 10 frames a second, 0.7× (half the pixels)
 * while slow, 1.25× after QUICK_WINDOWS quick windows (two seconds), within [MIN_PIXEL_RATIO, screen];
 * unchanged in between, so it settles.
 */
export function nextPixelRatio(current: number, medianMs: number, screen: number, quickBefore = QUICK_WINDOWS - 1): { ratio: number; quick: number } {
  if (medianMs > 2 * SLOW_FRAME_MS) return { ratio: MIN_PIXEL_RATIO, quick: 0 };
  if (medianMs > SLOW_FRAME_MS) return { ratio: Math.max(MIN_PIXEL_RATIO, round(current * 0.7)), quick: 0 };
  if (medianMs >= QUICK_FRAME_MS) return { ratio: current, quick: 0 };
  const quick = quickBefore + 1;
  if (quick < QUICK_WINDOWS) return { ratio: current, quick };
  return { ratio: Math.min(screen, round(current * 1.25)), quick: 0 };
}

const round = (r: number) => Math.round(r * 100) / 100;

/** The median of the first `n` values of `times`, sorting them in place (no allocation per call). */
export function medianOf(times: Float32Array, n: number): number {
  const part = times.subarray(0, n);
  part.sort();
  return n % 2 ? part[(n - 1) / 2]! : (part[n / 2 - 1]! + part[n / 2]!) / 2;
}
