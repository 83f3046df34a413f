import { lazy, type ComponentType } from 'react';
import type { StepType } from '../../lesson/steps/index.ts';
import type { StepDomProps } from './types.ts';

type Component = ComponentType<StepDomProps<never>>;

/**
 * The DOM layer's keyboard and screen-reader controls per step type, found by name: `<Type>Dom.tsx`
 * exporting `<Type>Dom` (tests/unit/step-types.test.ts checks every type has one), one chunk each.
 */
const FILES = import.meta.glob<Record<string, Component>>('./*Dom.tsx');
const LOADERS = Object.fromEntries(Object.entries(FILES).map(([path, load]) => {
  const name = path.slice(2, -4); // "./QuizDom.tsx" → "QuizDom"
  const type = name.slice(0, -3).replace(/^./, (c) => c.toLowerCase());
  return [type, () => load().then((m) => ({ default: m[name]! }))];
})) as Record<StepType, () => Promise<{ default: Component }>>;

export const STEP_DOMS = Object.fromEntries(
  Object.entries(LOADERS).map(([type, load]) => [type, lazy(load)]),
) as unknown as Record<StepType, Component>;

export function preloadStepDoms(types: Iterable<StepType>): void {
  for (const t of new Set(types)) void LOADERS[t]().catch(() => {});
}
