import type { SceneStep, VisitedRecord } from '../../lesson/steps/scene.ts';
import type { RunnerState, StepHandler } from '../types.ts';

declare module '../types.ts' {
  /** Scene step id → the hotspots visited, in order. */
  interface StepStates { visited: Record<string, string[]> }
  interface StepEvents { visit: { hotspotId: string } }
}

function required(step: SceneStep): number {
  return step.complete === 'all' ? step.hotspots.length : Math.min(step.complete, step.hotspots.length);
}

export function visitedCount(step: SceneStep, state: RunnerState): number {
  return state.visited[step.id]?.length ?? 0;
}

function apply(_step: SceneStep | undefined, state: RunnerState, r: VisitedRecord): RunnerState {
  const seen = state.visited[r.stepId] ?? [];
  return seen.includes(r.hotspotId) ? state : { ...state, visited: { ...state.visited, [r.stepId]: [...seen, r.hotspotId] } };
}

export const scene: StepHandler<SceneStep, VisitedRecord> = {
  records: ['visited'],
  slice: 'visited',
  isComplete: (step, state) => visitedCount(step, state) >= required(step),
  handle(_lesson, step, state, event) {
    if (event.type !== 'visit') return null;
    if (!step.hotspots.some((h) => h.id === event.hotspotId)) {
      return { state, effects: [{ type: 'rejected', reason: `no hotspot "${event.hotspotId}" in step "${step.id}"` }] };
    }
    if (state.visited[step.id]?.includes(event.hotspotId)) return { state, effects: [] };
    const record: VisitedRecord = { kind: 'visited', stepId: step.id, hotspotId: event.hotspotId };
    return { state: apply(step, state, record), effects: [{ type: 'record', record }] };
  },
  apply,
  diligent: (step) => step.hotspots.map((h) => ({ type: 'visit', hotspotId: h.id })),
  // Looking around is navigation: no statement.
  xapi: () => null,
};
