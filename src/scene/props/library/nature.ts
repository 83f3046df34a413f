import { ball, cylinder, rock, type PropDef } from '../parts.ts';

const BARK = '#6b4a2b';

export const tree: PropDef = {
  tint: '#3f8f4a', height: 2.8,
  parts: [cylinder(0.12, 1.3, [0, 0.65, 0], { top: 0.09, color: BARK, segments: 6 }), ball(0.85, [0, 1.85, 0]), ball(0.55, [0.3, 2.45, 0.1])],
};

export const bush: PropDef = {
  tint: '#4f9a48', height: 0.8,
  parts: [ball(0.45, [0, 0.39, 0], { scale: [1.2, 0.85, 1] }), ball(0.32, [0.38, 0.32, 0.1])],
};

export const rockProp: PropDef = {
  tint: '#8c8c84', height: 0.6,
  parts: [rock(0.45, [0, 0.22, 0], { scale: [1.3, 0.7, 1] })],
};

export const cloud: PropDef = {
  tint: '#f4f6f8', height: 1.2,
  parts: [ball(0.7, [0, 0, 0], { detail: 1 }), ball(0.55, [0.75, -0.1, 0]), ball(0.5, [-0.7, -0.15, 0.1]), ball(0.45, [0.2, 0.4, -0.1])],
};

export const water: PropDef = {
  // A body of water up to 0.45 m: on its own a pond or pool; placed inside a tank it fills the tank.
  tint: '#3f88c5', height: 0.45,
  parts: [cylinder(0.66, 0.45, [0, 0.225, 0], { segments: 16 })],
};
