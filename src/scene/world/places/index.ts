import type { Place } from '../../../lesson/constants.ts';
import { citySquare } from './citySquare.ts';
import { classroom } from './classroom.ts';
import type { PlaceBuild } from './common.ts';
import { home } from './home.ts';
import { hotBlock } from './hotBlock.ts';
import { park } from './park.ts';
import { street } from './street.ts';
import { waterPlant } from './waterPlant.ts';

export type { PlaceBuild, TreeSpot } from './common.ts';

/** Every place a lesson can name (constants.ts PLACES), built on demand: the table is typed, so none is missing. */
export const PLACE_BUILDERS: Record<Place, () => PlaceBuild> = {
  park, classroom, street, home, 'water-plant': waterPlant, 'hot-block': hotBlock, 'city-square': citySquare,
};

const built = new Map<Place, PlaceBuild>();

/** A place's geometry, built once and kept (a lesson comes back to its place step after step). */
export function placeBuild(place: Place): PlaceBuild {
  let p = built.get(place);
  if (!p) built.set(place, (p = PLACE_BUILDERS[place]()));
  return p;
}
