import type { BUILTIN_PROPS } from '../../../lesson/steps/scene.ts';
import type { PropDef } from '../parts.ts';
import { bench, bicycle, building, bus, car, house, lamp, person, sign } from './city.ts';
import { factory, pipe, solarPanel, tank, windTurbine } from './industry.ts';
import { bush, cloud, rockProp, tree, water } from './nature.ts';

export type BuiltinProp = (typeof BUILTIN_PROPS)[number];

/** Every built-in prop a lesson can name; the schema's list and this table must match (typed). */
export const PROP_LIBRARY: Record<BuiltinProp, PropDef> = {
  tree, bush, building, house, car, bus, bicycle, factory, 'solar-panel': solarPanel, 'wind-turbine': windTurbine,
  tank, pipe, water, person, sign, cloud, rock: rockProp, bench, lamp,
};
