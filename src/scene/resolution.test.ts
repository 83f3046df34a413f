import { expect, test } from 'vitest';
import { MIN_PIXEL_RATIO, QUICK_WINDOWS, medianOf, nextPixelRatio as next, screenPixelRatio, softwareRenderer } from './resolution.ts';

/** The ratio after one window, when the windows before it were quick enough to go up. */
const nextPixelRatio = (current: number, ms: number, screen: number) => next(current, ms, screen).ratio;

test('a slow screen draws fewer pixels, down to half, and a quick one goes back to the screen\'s own ratio', () => {
  // A software-rendered laptop at 4 frames a second: straight to half, and no lower.
  expect(nextPixelRatio(1, 250, 1)).toBe(MIN_PIXEL_RATIO);
  expect(nextPixelRatio(MIN_PIXEL_RATIO, 250, 1)).toBe(MIN_PIXEL_RATIO);
  // At 15 frames a second: 1 → 0.7 → 0.5.
  expect(nextPixelRatio(1, 66, 1)).toBe(0.7);
  expect(nextPixelRatio(0.7, 66, 1)).toBe(MIN_PIXEL_RATIO);
  expect(nextPixelRatio(2, 66, 2)).toBe(1.4);
  // Between 20 and 50 fps it settles where it is.
  expect(nextPixelRatio(0.7, 30, 1)).toBe(0.7);
  // Quick again: back up, never past the screen's ratio.
  expect(nextPixelRatio(0.5, 10, 1)).toBe(0.63);
  expect(nextPixelRatio(0.9, 10, 1)).toBe(1);
  expect(nextPixelRatio(1.8, 10, 2)).toBe(2);
  expect(nextPixelRatio(2, 10, 2)).toBe(2);
});

test('the ratio goes up only after two seconds of quick frames: a blank moment while a world is built changes nothing', () => {
  let quick = 0;
  for (let i = 1; i < QUICK_WINDOWS; i++) {
    const r = next(0.5, 10, 1, quick);
    expect(r.ratio).toBe(0.5);
    quick = r.quick;
  }
  expect(next(0.5, 10, 1, quick)).toEqual({ ratio: 0.63, quick: 0 });
  // A slow or middling window in between starts the count again.
  expect(next(0.5, 30, 1, 2)).toEqual({ ratio: 0.5, quick: 0 });
  expect(next(0.5, 10, 1, 0)).toEqual({ ratio: 0.5, quick: 1 });
});

test('the screen\'s own ratio is between 1 and 2', () => {
  expect(screenPixelRatio(3)).toBe(2);
  expect(screenPixelRatio(0.8)).toBe(1);
  expect(screenPixelRatio(1.5)).toBe(1.5);
  expect(screenPixelRatio(Number.NaN)).toBe(1);
});

test('one slow frame in a window changes nothing: the median decides', () => {
  const times = new Float32Array([16, 16, 400, 17, 16]);
  expect(medianOf(times, 5)).toBe(16);
  expect(medianOf(new Float32Array([10, 40, 20, 30]), 4)).toBe(25);
  expect(nextPixelRatio(1, medianOf(new Float32Array([16, 16, 400, 17, 16]), 5), 1)).toBe(1);
});

test('software renderers are told from GPUs by their WebGL names, so only they draw without multisampling', () => {
  for (const cpu of [
    'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
    'llvmpipe (LLVM 15.0.7, 256 bits)',
    'ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0, D3D11)',
    'Apple Software Renderer',
  ]) expect(softwareRenderer(cpu), cpu).toBe(true);
  for (const gpu of [
    'Adreno (TM) 740',
    'ANGLE (Intel, Intel(R) UHD Graphics 620 Direct3D11 vs_5_0 ps_5_0, D3D11)',
    'Mesa Intel(R) UHD Graphics (CML GT2)',
    'ANGLE (Apple, ANGLE Metal Renderer: Apple M2, Unspecified Version)',
    '',
  ]) expect(softwareRenderer(gpu), gpu || '(no name)').toBe(false);
});
