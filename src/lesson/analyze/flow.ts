/**
 * Where students can go: every step reachable from the start, and every path able to end. Branches are
 * over-approximated (any rule may fire), and a step for another age band is passed by, so it also leads
 * to the step after it. A missing target ends the lesson at run time (and is reported by refs.ts, which
 * runs first).
 */
import { plural, quote } from '../describe.ts';
import { arr, isObj, str, type Ctx } from './context.ts';

const END = -1;
/** Steps of a loop named in a never-ends message before the rest are only counted. */
const SHOWN_STEPS = 3;

function successors(ctx: Ctx): number[][] {
  const n = arr(ctx.lesson.steps).length;
  const index = (id: unknown): number => {
    const s = typeof id === 'string' ? ctx.byId.get(id) : undefined;
    return s ? s.index : END;
  };
  const out: number[][] = Array.from({ length: n }, (_, i) => [i + 1 < n ? i + 1 : END]);
  for (const s of ctx.steps) {
    // A `next` that is not a string breaks the schema; read past it as if absent, to spare echoes.
    const following = typeof s.step.next === 'string' ? index(s.step.next) : s.index + 1 < n ? s.index + 1 : END;
    const edges = new Set<number>();
    if (s.type === 'summary') edges.add(END);
    else if (s.type === 'branch') {
      for (const rule of arr(s.step.rules)) if (isObj(rule) && typeof rule.goto === 'string') edges.add(index(rule.goto));
      if (typeof s.step.otherwise === 'string') edges.add(index(s.step.otherwise));
    } else edges.add(following);
    if (s.step.ageBands !== undefined) edges.add(following);
    if (edges.size === 0) edges.add(END); // a branch without targets ends the lesson at run time
    out[s.index] = [...edges];
  }
  return out;
}

export function checkFlow(ctx: Ctx): void {
  const n = arr(ctx.lesson.steps).length;
  if (n === 0) return;
  const next = successors(ctx);
  const start = ctx.lesson.start !== undefined && typeof ctx.lesson.start === 'string' ? (ctx.byId.get(ctx.lesson.start)?.index ?? 0) : 0;

  const reached = new Array<boolean>(n).fill(false);
  const queue = [start];
  reached[start] = true;
  while (queue.length) for (const t of next[queue.pop()!]!) if (t !== END && !reached[t]) (reached[t] = true), queue.push(t);

  const before: number[][] = Array.from({ length: n }, () => []);
  next.forEach((ts, i) => ts.forEach((t) => t !== END && before[t]!.push(i)));
  const ends = new Array<boolean>(n).fill(false);
  const back = next.flatMap((ts, i) => (ts.includes(END) ? [i] : []));
  for (const i of back) ends[i] = true;
  while (back.length) for (const p of before[back.pop()!]!) if (!ends[p]) (ends[p] = true), back.push(p);

  // With a reference to a missing step, the steps past it look unreachable: fix the reference first.
  const dangling = ctx.rep.any('missing-step');
  for (const s of ctx.steps) {
    if (reached[s.index] || dangling) continue;
    ctx.rep.at([...s.path, 'id'], 'unreachable', `no path leads to step "${s.id ?? s.index}": point a "next" or a branch at it, or remove it`, 'warning');
  }

  // Reached steps that cannot end only lead to each other: follow one edge until a step repeats.
  const done = new Array<boolean>(n).fill(false);
  const inWalk = new Array<number>(n).fill(-1); // position in the current walk, so a repeat is seen at once
  const steps = arr(ctx.lesson.steps);
  const name = (k: number) => {
    const step = steps[k];
    const id = isObj(step) ? str(step.id) : undefined;
    return id === undefined ? String(k) : quote(id);
  };
  for (let i = 0; i < n; i++) {
    if (!reached[i] || ends[i] || done[i]) continue;
    const walk: number[] = [];
    let at = i;
    while (!done[at] && inWalk[at]! < 0) inWalk[at] = walk.push(at) - 1, (at = next[at]![0]!);
    walk.forEach((w) => (done[w] = true));
    const from = inWalk[at]!;
    walk.forEach((w) => (inWalk[w] = -1));
    if (from < 0) continue; // it ran into steps already walked
    const loop = walk.slice(from);
    const first = loop.reduce((a, b) => Math.min(a, b));
    const rot = [...loop.slice(loop.indexOf(first)), first];
    // A long loop is named by its first steps and counted: 2,000 ids would make a line nobody reads.
    const shown = rot.length <= SHOWN_STEPS + 2 ? rot.map(name) : [...rot.slice(0, SHOWN_STEPS).map(name), `… ${plural(rot.length - 1 - SHOWN_STEPS, 'more step')} …`, name(first)];
    ctx.rep.at(['steps', first, 'id'], 'never-ends', `the lesson never ends from here: ${shown.join(' → ')} loops with no way out; lead one of them to a summary or past the last step, or branch out of the loop`);
  }
}
