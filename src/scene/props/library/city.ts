import { box, cylinder, type PropDef } from '../parts.ts';

const GLASS = '#2c3e50';
const TYRE = '#222428';
const DARK = '#3b4148';

export const building: PropDef = {
  tint: '#b5b0a6', height: 3,
  parts: [
    box(1.2, 3, 1.1, [0, 1.5, 0]),
    // Window bands on the front and on both sides.
    ...[0.75, 1.45, 2.15, 2.8].map((y) => box(1.02, 0.32, 0.04, [0, y, 0.56], { color: GLASS })),
    ...[0.75, 1.45, 2.15, 2.8].map((y) => box(0.04, 0.32, 0.9, [0.61, y, 0], { color: GLASS })),
    ...[0.75, 1.45, 2.15, 2.8].map((y) => box(0.04, 0.32, 0.9, [-0.61, y, 0], { color: GLASS })),
  ],
};

export const house: PropDef = {
  tint: '#d8c3a5', height: 1.6,
  parts: [
    box(1.2, 0.9, 1.0, [0, 0.45, 0]),
    cylinder(0.9, 0.6, [0, 1.2, 0], { top: 0.001, segments: 4, rotation: [0, Math.PI / 4, 0], scale: [1, 1, 0.85], color: '#8e3b2e' }),
    box(0.26, 0.5, 0.04, [0, 0.25, 0.51], { color: '#5a3e2b' }),
    box(0.26, 0.24, 0.04, [0.36, 0.55, 0.51], { color: '#ffd98a', glow: true }),
    box(0.26, 0.24, 0.04, [-0.36, 0.55, 0.51], { color: '#ffd98a', glow: true }),
  ],
};

const wheels = (x: number, zs: number[], r: number) =>
  zs.flatMap((z) => [-x, x].map((sx) => cylinder(r, 0.14, [sx, r, z], { rotation: [0, 0, Math.PI / 2], color: TYRE, segments: 10 })));

/** Length along z: with rotationY 90 (degrees) it drives across the student's view. */
export const car: PropDef = {
  tint: '#c0392b', height: 1.3,
  parts: [
    box(0.9, 0.45, 2.0, [0, 0.45, 0]),
    box(0.8, 0.4, 1.0, [0, 0.86, -0.1]),
    box(0.82, 0.28, 1.02, [0, 0.88, -0.1], { color: GLASS, scale: [1, 1, 0.99] }),
    ...wheels(0.42, [-0.65, 0.65], 0.2),
  ],
};

export const bus: PropDef = {
  tint: '#2e86c1', height: 2.8,
  parts: [
    box(1.1, 1.9, 4.2, [0, 1.2, 0]),
    box(1.12, 0.55, 3.9, [0, 1.55, 0], { color: GLASS }),
    box(1.0, 0.2, 0.04, [0, 2.0, 2.11], { color: '#ffcc33', glow: true }),
    ...wheels(0.5, [-1.4, 1.4], 0.3),
  ],
};

export const bicycle: PropDef = {
  tint: '#1f8a4c', height: 0.9,
  parts: [
    ...[-0.5, 0.5].map((z) => cylinder(0.33, 0.04, [0, 0.33, z], { rotation: [0, 0, Math.PI / 2], color: TYRE, segments: 14, open: true })),
    box(0.04, 0.04, 0.9, [0, 0.55, 0], { rotation: [0.35, 0, 0] }),
    box(0.04, 0.5, 0.04, [0, 0.6, -0.2]),
    box(0.04, 0.5, 0.04, [0, 0.6, 0.42], { rotation: [-0.3, 0, 0] }),
    box(0.16, 0.05, 0.22, [0, 0.87, -0.2], { color: DARK }),
    box(0.5, 0.04, 0.04, [0, 0.86, 0.5], { color: DARK }),
  ],
};

export const person: PropDef = {
  tint: '#e67e22', height: 1.65,
  parts: [
    box(0.3, 0.75, 0.18, [0, 0.375, 0], { color: '#34495e' }),
    cylinder(0.2, 0.6, [0, 1.05, 0], { top: 0.16 }),
    cylinder(0.13, 0.2, [0, 1.5, 0], { color: '#f0c8a0', segments: 8, top: 0.12 }),
    cylinder(0.135, 0.08, [0, 1.62, 0], { color: '#3b2a20', segments: 8 }),
  ],
};

export const sign: PropDef = {
  tint: '#1f8a4c', height: 2.2,
  parts: [cylinder(0.04, 2.0, [0, 1.0, 0], { color: '#7f8c8d', segments: 6 }), box(0.8, 0.5, 0.05, [0, 1.95, 0.05])],
};

export const bench: PropDef = {
  tint: '#8e6b45', height: 0.9,
  parts: [
    box(1.4, 0.06, 0.42, [0, 0.45, 0]),
    box(1.4, 0.3, 0.05, [0, 0.72, -0.2], { rotation: [-0.15, 0, 0] }),
    ...[-0.6, 0.6].map((x) => box(0.06, 0.45, 0.4, [x, 0.225, 0], { color: DARK })),
  ],
};

export const lamp: PropDef = {
  tint: '#3b4148', height: 3.2,
  parts: [
    cylinder(0.06, 3.0, [0, 1.5, 0], { top: 0.04, segments: 6 }),
    box(0.06, 0.06, 0.5, [0, 3.0, 0.22]),
    box(0.26, 0.1, 0.34, [0, 2.95, 0.42], { color: '#fff1b8', glow: true }),
  ],
};
