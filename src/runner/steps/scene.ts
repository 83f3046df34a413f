import type { SceneStep } from '../../lesson/steps/scene.ts';
import type { RunnerState, StepHandler } from '../types.ts';

function required(step: SceneStep): number {
  return step.complete === 'all' ? step.hotspots.length : Math.min(step.complete, step.hotspots.length);
}

export function visitedCount(step: SceneStep, state: RunnerState): number {
  return state.visited[step.id]?.length ?? 0;
}

export const scene: StepHandler<SceneStep> = {
  isComplete: (step, state) => visitedCount(step, state) >= required(step),
  handle(_lesson, step, state, event) {
    if (event.type !== 'visit') return null;
    if (!step.hotspots.some((h) => h.id === event.hotspotId)) {
      return { state, effects: [{ type: 'rejected', reason: `no hotspot "${event.hotspotId}" in step "${step.id}"` }] };
    }
    const seen = state.visited[step.id] ?? [];
    if (seen.includes(event.hotspotId)) return { state, effects: [] };
    return {
      state: { ...state, visited: { ...state.visited, [step.id]: [...seen, event.hotspotId] } },
      effects: [{ type: 'record', record: { kind: 'visited', stepId: step.id, hotspotId: event.hotspotId } }],
    };
  },
};
