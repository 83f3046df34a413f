import { ENVIRONMENT_WORLDS, ENVIRONMENTS, type WorldSettings } from '../../lesson/constants.ts';
import type { Lesson } from '../../lesson/schema.ts';
import type { RunnerState } from '../../runner/types.ts';
import { worldAnswer, type WorldAnswer } from './worldAnswer.ts';

export type { WorldSettings };
export type EnvironmentName = (typeof ENVIRONMENTS)[number];

/** Where a lesson without a world, or before its first scene with an `environment`, happens. */
export const DEFAULT_WORLD: WorldSettings = { place: 'park', time: 'noon', weather: 'clear', built: [] };

export interface WorldAt extends WorldSettings {
  /** Only in a lesson without a `world`: the older `environment` name that chose this one. */
  environment?: EnvironmentName;
}

/** The lesson's own world, or for an older lesson the last scene step's `environment` at or before `index` in the file. */
function baseWorld(lesson: Lesson, index: number): WorldAt {
  if (lesson.world) return lesson.world;
  for (let i = Math.min(index, lesson.steps.length - 1); i >= 0; i--) {
    const s = lesson.steps[i]!;
    if (s.type === 'scene' && s.environment) return { ...ENVIRONMENT_WORLDS[s.environment], built: [], environment: s.environment };
  }
  return { ...DEFAULT_WORLD, environment: 'park' };
}

/**
 * Which world holds at this step: the lesson's `world`, with whatever the step's own `world` changes
 * (field by field; a step's `built` replaces the lesson's list). A step never inherits from the step
 * before it, so every step reads the same whichever path a student took. Pure: the sound and the 3D
 * view both key on `place`, `time` and `weather`.
 */
export function worldAt(lesson: Lesson, stepId: string): WorldAt {
  const index = lesson.steps.findIndex((s) => s.id === stepId);
  const base = baseWorld(lesson, index);
  const own = lesson.steps[index]?.world;
  if (!own) return base;
  return {
    ...base,
    place: own.place ?? base.place,
    time: own.time ?? base.time,
    weather: own.weather ?? base.weather,
    built: own.built ?? base.built,
  };
}

export interface WorldView {
  world: WorldAt;
  /**
   * False on a scene step that places its own props: the world then keeps its sky, ground, what
   * stands behind and beside the student and far off, and leaves the space ahead to the step's props.
   */
  near: boolean;
  /** How the world answers the student's footprint choices (worldAnswer.ts). */
  answer: WorldAnswer;
}

/** Everything the 3D world shows at the student's current step; one call per change of the runner's state. */
export function worldView(lesson: Lesson, state: RunnerState): WorldView {
  const step = lesson.steps.find((s) => s.id === state.stepId);
  return {
    world: worldAt(lesson, state.stepId),
    near: !(step?.type === 'scene' && step.props.length > 0),
    answer: worldAnswer(lesson, state),
  };
}
