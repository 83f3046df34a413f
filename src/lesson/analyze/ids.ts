import type { JsonPath } from '../problem.ts';
import { quote } from '../describe.ts';
import { arr, idLists, isObj, str, type Ctx } from './context.ts';

/** Reports every repeated id in a list of objects with ids, at the repeat, naming the first. */
function uniqueIn(ctx: Ctx, items: unknown[], base: JsonPath, noun: string, scope: string): void {
  const first = new Map<string, number>();
  items.forEach((item, i) => {
    const id = isObj(item) ? str(item.id) : undefined;
    if (id === undefined) return;
    const earlier = first.get(id);
    if (earlier === undefined) return void first.set(id, i);
    const where = ctx.rep.whereIs([...base, earlier, 'id']);
    ctx.rep.at([...base, i, 'id'], 'duplicate-id', `the ${noun} id ${quote(id)} is used twice ${scope} (first at ${where}): ids must be unique`);
  });
}

export function checkIds(ctx: Ctx): void {
  uniqueIn(ctx, arr(ctx.lesson.steps), ['steps'], 'step', 'in this lesson');
  uniqueIn(ctx, arr(ctx.lesson.sources), ['sources'], 'source', 'in this lesson');
  uniqueIn(ctx, arr(ctx.lesson.benchmarks), ['benchmarks'], 'benchmark', 'in this lesson');
  for (const s of ctx.steps) {
    for (const list of idLists(s)) uniqueIn(ctx, list.items, [...s.path, ...list.key], list.noun, 'in this step');
  }
}
