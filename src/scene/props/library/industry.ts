import { box, cylinder, torus, type PropDef } from '../parts.ts';

const STEEL = '#7f8c8d';

export const factory: PropDef = {
  tint: '#9aa1a6', height: 4,
  parts: [
    box(3.0, 1.8, 2.0, [0, 0.9, 0]),
    // A saw-tooth roof.
    ...[-1, 0, 1].map((x) => box(1.0, 0.5, 2.0, [x, 1.9, 0], { rotation: [0, 0, 0.5] })),
    cylinder(0.22, 2.6, [1.1, 3.1, -0.5], { top: 0.18, color: '#a9432f' }),
    cylinder(0.23, 0.3, [1.1, 3.7, -0.5], { color: '#ecf0f1' }),
    box(0.6, 0.9, 0.04, [-0.8, 0.45, 1.01], { color: '#4b5259' }),
  ],
};

export const solarPanel: PropDef = {
  tint: '#1d3b6e', height: 1.5,
  parts: [
    box(1.6, 0.05, 1.0, [0, 1.1, 0], { rotation: [-0.55, 0, 0] }),
    box(1.62, 0.02, 0.02, [0, 1.1, 0], { rotation: [-0.55, 0, 0], color: '#d0d7de' }),
    cylinder(0.04, 1.0, [0, 0.5, -0.15], { color: STEEL, segments: 6 }),
    cylinder(0.04, 0.75, [0, 0.375, 0.25], { color: STEEL, segments: 6 }),
  ],
};

/** A small turbine, 6 m to the hub at scale 1; static (no motion the student did not cause). */
export const windTurbine: PropDef = {
  tint: '#f2f4f5', height: 7,
  parts: [
    cylinder(0.18, 6.0, [0, 3.0, 0], { top: 0.09 }),
    box(0.3, 0.3, 0.7, [0, 6.05, -0.05]),
    // Three blades from the hub, each 2.6 m long: centred 1.3 m out along its own direction.
    ...[0, 1, 2].map((i) => {
      const a = (i * 2 * Math.PI) / 3;
      return box(0.16, 2.6, 0.05, [-Math.sin(a) * 1.3, 6.05 + Math.cos(a) * 1.3, 0.32], { rotation: [0, 0, a] });
    }),
  ],
};

/**
 * An open basin (open top, seen from inside too) 0.45 m deep. `water` placed in it at 0.9 of its
 * scale fills it to just under the rim, as the wastewater lessons do.
 */
export const tank: PropDef = {
  tint: '#7a8b99', height: 0.45,
  parts: [
    cylinder(0.7, 0.45, [0, 0.225, 0], { segments: 18, open: true }),
    torus(0.7, 0.04, [0, 0.45, 0], { rotation: [Math.PI / 2, 0, 0] }),
    cylinder(0.7, 0.02, [0, 0.01, 0], { segments: 18, color: '#5d6b75' }),
  ],
};

/** A 3 m pipe along x on two supports. */
export const pipe: PropDef = {
  tint: '#8a969e', height: 0.6,
  parts: [
    cylinder(0.15, 3.0, [0, 0.45, 0], { rotation: [0, 0, Math.PI / 2], segments: 10 }),
    ...[-1.1, 1.1].map((x) => box(0.1, 0.32, 0.3, [x, 0.16, 0], { color: '#4b5259' })),
    ...[-1.5, 1.5].map((x) => cylinder(0.18, 0.08, [x, 0.45, 0], { rotation: [0, 0, Math.PI / 2], segments: 10, color: '#5d6b75' })),
  ],
};
