import type { Lesson } from '../../lesson/schema.ts';
import type { FootprintStep } from '../../lesson/steps/footprint.ts';
import { chosenOption, consequenceLevel, footprintSummary, niceCeil, stepMaxKgPerYear, unitsFor } from '../../runner/footprint.ts';
import type { RunnerState } from '../../runner/types.ts';

/**
 * How the world around the student answers a footprint choice, at human scale, from the runner's
 * state alone. Each figure is the chosen option's share of the step's highest one (its `consequence`
 * level), so the cleanest option always clears the world and the highest fills it.
 */
export interface WorldAnswer {
  /** Which part of the world answers a choice made at this step; null: none (the world as written). */
  acts: 'traffic' | 'flood' | 'heat' | 'trees' | null;
  /** 0..1: cars on the road ("balloons" choices: how we travel, what we burn). */
  traffic: number;
  /** 0..1: haze over the place: the fog closes in and browns. */
  haze: number;
  /** Metres of flood water around the student's feet ("sea-level" choices). */
  flood: number;
  /** 0..1: how hot the asphalt, walls and roofs glow ("thermometer" choices). */
  heat: number;
  /** 0..1: street trees and white roofs that go in as a "thermometer" choice cools the place. */
  green: number;
  /** 0..1: the share of the place's trees cut down ("trees" choices). */
  treesLost: number;
  /** Balloons of CO₂e gathered overhead: the student's year so far, `kgPerBalloon` each. */
  balloons: number;
  kgPerBalloon: number;
}

/** Water at the top of a sea-level scale: over the ankles, under the knees of a standing student. */
export const FLOOD_TOP = 0.45;
/** The most balloons overhead: the lesson's highest possible year. */
export const MAX_BALLOONS = 24;

export const CALM: WorldAnswer = { acts: null, traffic: 0, haze: 0, flood: 0, heat: 0, green: 0, treesLost: 0, balloons: 0, kgPerBalloon: 0 };

/** The footprint steps a student of this band meets: the balloons' scale is their highest year. */
function bandSteps(lesson: Lesson, state: RunnerState): FootprintStep[] {
  return lesson.steps.filter((s): s is FootprintStep => s.type === 'footprint' && (!s.ageBands || s.ageBands.includes(state.ageBand)));
}

/**
 * The world's answer at the current step. On a footprint step, once chosen: its consequence acts on
 * the place (traffic and haze, flood, heat or coolness, felled trees), and the balloons overhead count
 * the year so far; before a choice only the balloons of earlier choices hang there. The summary keeps
 * the balloons. Every other step shows the world as the lesson wrote it.
 */
export function worldAnswer(lesson: Lesson, state: RunnerState): WorldAnswer {
  const step = lesson.steps.find((s) => s.id === state.stepId);
  if (step?.type !== 'footprint' && step?.type !== 'summary') return CALM;
  const top = bandSteps(lesson, state).reduce((sum, s) => sum + stepMaxKgPerYear(s), 0);
  const kgPerBalloon = niceCeil(top / MAX_BALLOONS);
  const total = footprintSummary(lesson, state).totalKgPerYear;
  const answer: WorldAnswer = { ...CALM, balloons: unitsFor(total, kgPerBalloon, MAX_BALLOONS), kgPerBalloon };
  if (step.type !== 'footprint' || !chosenOption(step, state)) return answer;
  const level = consequenceLevel(step, state);
  switch (step.consequence) {
    case 'balloons':
      return { ...answer, acts: 'traffic', traffic: level, haze: level };
    case 'sea-level':
      return { ...answer, acts: 'flood', flood: level * FLOOD_TOP };
    case 'thermometer':
      return { ...answer, acts: 'heat', heat: level, green: 1 - level };
    case 'trees':
      return { ...answer, acts: 'trees', treesLost: level };
  }
}
