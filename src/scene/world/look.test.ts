import { describe, expect, test } from 'vitest';
import { TIMES, WEATHERS } from '../../lesson/constants.ts';
import { lookFor, mixHex, toward } from './look.ts';

const lum = (hex: string) => {
  const v = Number.parseInt(hex.slice(1), 16);
  return 0.2126 * ((v >> 16) & 255) + 0.7152 * ((v >> 8) & 255) + 0.0722 * (v & 255);
};

describe('lookFor', () => {
  test('every time and weather has a look: a unit sun vector, fog that hides the ground edge (140 m)', () => {
    for (const time of TIMES) {
      for (const weather of WEATHERS) {
        const l = lookFor(time, weather);
        expect(Math.hypot(...l.sunDir), `${time} ${weather}`).toBeCloseTo(1, 6);
        expect(l.fog[0]).toBeLessThan(l.fog[1]);
        expect(l.fog[1]).toBeLessThanOrEqual(150);
        for (const c of [l.zenith, l.horizon, l.sun, l.skyLight, l.cloudColor]) expect(c).toMatch(/^#[0-9a-f]{6}$/);
      }
    }
  });

  test('night is dark with lit windows; noon is bright with none', () => {
    const night = lookFor('night', 'clear');
    const noon = lookFor('noon', 'clear');
    expect(night.night).toBe(1);
    expect(noon.night).toBe(0);
    expect(lum(night.zenith)).toBeLessThan(lum(noon.zenith) / 4);
    expect(night.sunStrength).toBeLessThan(noon.sunStrength);
  });

  test('at dawn and in the evening the sun stands low ahead, where the student sees it set', () => {
    for (const time of ['dawn', 'evening'] as const) {
      const [, y, z] = lookFor(time, 'clear').sunDir;
      expect(y).toBeLessThan(0.2);
      expect(z).toBeLessThan(0);
    }
  });

  test('rain and storms darken the sky, fall, and hide the sun; a heatwave heats the ground', () => {
    const clear = lookFor('afternoon', 'clear');
    const rain = lookFor('afternoon', 'rain');
    const storm = lookFor('afternoon', 'storm');
    expect(lum(storm.horizon)).toBeLessThan(lum(rain.horizon));
    expect(lum(rain.horizon)).toBeLessThan(lum(clear.horizon));
    expect([clear.rain, rain.rain, storm.rain]).toEqual([0, 0.5, 1]);
    expect(storm.sunDisc).toBe(0);
    expect(storm.fog[1]).toBeLessThan(clear.fog[1]);
    expect(lookFor('afternoon', 'heatwave').heat).toBeGreaterThan(0);
    expect(clear.heat).toBe(0);
  });

  test('colour helpers', () => {
    expect(mixHex('#000000', '#ffffff', 0.5)).toBe('#808080');
    expect(toward('#204060', '#ffffff', 0)).toBe('#204060');
    // Toward grey at the colour's own brightness: the brightness stays.
    expect(lum(toward('#204060', '#808080', 1))).toBeCloseTo(lum('#204060'), -1);
  });
});
