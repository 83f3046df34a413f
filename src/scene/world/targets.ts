import type { WorldView } from '../../app/views/world.ts';
import { lookFor, type Look } from './look.ts';

/**
 * What the world's uniforms should come to at this step: the look of its time and weather, with the
 * student's choice acting on it. World.tsx eases the live values toward these (or jumps, with
 * reduced motion). Pure.
 */
export interface Targets {
  look: Look;
  /** 0..1 of the road's cars out. */
  traffic: number;
  /** 0..1: the fog closes in and browns. */
  haze: number;
  heat: number;
  cool: number;
  /** Metres of water at the student's feet. */
  flood: number;
  /** 0..1: planted trees (the "trees" feature, or a cool choice) standing. */
  planted: number;
  /** 0..1 of the place's other trees felled. */
  felled: number;
  balloons: number;
}

/** Haze at its thickest: the fog comes this close, metres, in this brown. */
export const HAZE = { near: 2, far: 34, color: '#9c917f' } as const;

export function worldTargets(view: WorldView, baseTraffic: number): Targets {
  const { world, answer } = view;
  const look = lookFor(world.time, world.weather);
  const trees = world.built.includes('trees');
  return {
    look,
    traffic: answer.acts === 'traffic' ? answer.traffic : baseTraffic,
    haze: answer.haze,
    // A cool choice leaves the surfaces barely warm; the hottest glows: the eye sees the difference.
    heat: answer.acts === 'heat' ? answer.heat ** 1.5 : look.heat,
    cool: world.built.includes('cool-roofs') ? 1 : answer.green,
    flood: answer.flood,
    planted: trees ? 1 : answer.green,
    felled: answer.treesLost,
    balloons: answer.balloons,
  };
}
