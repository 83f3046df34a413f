import { expect, test } from 'vitest';
import { BODY_SIZE, panelDistance, PANEL_DISTANCE } from './layout.ts';

const degrees = (size: number, distance: number) => (2 * Math.atan(size / 2 / distance) * 180) / Math.PI;

test('bigger text in VR brings the panel nearer, staying 1–2 m away, and body text grows to the eye by the same factor', () => {
  expect(panelDistance(1)).toBe(PANEL_DISTANCE);
  for (const scale of [1, 1.25, 1.5]) {
    const d = panelDistance(scale);
    expect(d).toBeGreaterThanOrEqual(1);
    expect(d).toBeLessThanOrEqual(2);
    expect(degrees(BODY_SIZE, d) / degrees(BODY_SIZE, PANEL_DISTANCE)).toBeCloseTo(scale, 1);
  }
  // Body text stays above the ~0.5° a headset needs, and a wrong stored value cannot push the panel away or into the face.
  expect(degrees(BODY_SIZE, panelDistance(1))).toBeGreaterThan(1.5);
  expect(panelDistance(0.2)).toBe(PANEL_DISTANCE);
  expect(panelDistance(9)).toBe(panelDistance(1.5));
});
