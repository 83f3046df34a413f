import { INDOOR_PLACES, type Place } from '../constants.ts';
import { quote } from '../describe.ts';
import type { JsonPath } from '../problem.ts';
import { arr, isObj, str, type Ctx } from './context.ts';

/**
 * Worlds that run but do not show what the author wrote: an `environment` that a lesson's `world`
 * overrides, a world on a branch (which shows nothing), a feature listed twice or asked of a place
 * indoors. Unknown places, times, weathers and features are the schema's errors.
 */
export function checkWorlds(ctx: Ctx): void {
  const lessonWorld = isObj(ctx.lesson.world) ? ctx.lesson.world : undefined;
  const lessonPlace = str(lessonWorld?.place);
  if (lessonWorld) checkBuilt(ctx, ['world'], lessonWorld, lessonPlace);
  for (const { step, path, type } of ctx.steps) {
    if (lessonWorld && type === 'scene' && step.environment !== undefined) {
      ctx.rep.at([...path, 'environment'], 'environment-ignored', 'the lesson has a "world", which this "environment" does not change: give the step a "world" instead (e.g. { "time": "night" }) and remove "environment"', 'warning');
    }
    if (!isObj(step.world)) continue;
    if (type === 'branch') {
      ctx.rep.at([...path, 'world'], 'world-on-branch', 'a branch shows nothing, so its "world" is never seen: put it on the steps it leads to', 'warning');
      continue;
    }
    checkBuilt(ctx, [...path, 'world'], step.world, str(step.world.place) ?? lessonPlace);
  }
}

function checkBuilt(ctx: Ctx, at: JsonPath, world: Record<string, unknown>, place: string | undefined): void {
  const built = arr(world.built);
  const seen = new Set<unknown>();
  built.forEach((f, i) => {
    if (typeof f === 'string' && seen.has(f)) ctx.rep.at([...at, 'built', i], 'repeated-feature', `${quote(f)} is listed twice: once is enough`, 'warning');
    seen.add(f);
  });
  if (built.length && place !== undefined && INDOOR_PLACES.includes(place as Place)) {
    ctx.rep.at([...at, 'built'], 'feature-indoors', `the ${place} is indoors and shows none of what "built" lists: they stand outside`, 'warning');
  }
}
