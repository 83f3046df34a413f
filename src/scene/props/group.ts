import { BUILTIN_PROPS } from '../../lesson/constants.ts';
import type { SceneStep } from '../../lesson/steps/scene.ts';
import type { BuiltinProp } from './library/index.ts';

export type LessonProp = SceneStep['props'][number];

export interface PropGroups {
  /** Built-in kinds, each with every copy the step places: one instanced draw per part group. */
  builtin: [BuiltinProp, LessonProp[]][];
  /** glTF files under assets/, each with every copy. */
  models: [string, LessonProp[]][];
}

const isBuiltin = (m: string): m is BuiltinProp => (BUILTIN_PROPS as readonly string[]).includes(m);

/** Sorts a step's props by what they are, keeping the lesson's order within each kind. */
export function groupProps(props: readonly LessonProp[]): PropGroups {
  const builtin = new Map<BuiltinProp, LessonProp[]>();
  const models = new Map<string, LessonProp[]>();
  for (const p of props) {
    if (isBuiltin(p.model)) builtin.set(p.model, [...(builtin.get(p.model) ?? []), p]);
    else models.set(p.model, [...(models.get(p.model) ?? []), p]);
  }
  return { builtin: [...builtin], models: [...models] };
}
