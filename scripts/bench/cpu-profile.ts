// Where a page's main thread spends a timed action: a CPU profile over the Chrome DevTools Protocol,
// summed per function. For `npm run bench:desk -- --profile` (an unminified build, so names read).
// Time the renderer spends waiting (for IndexedDB, which runs in another process) shows as (idle);
// structured-clone reads of IndexedDB values show under the callbacks that get them.
import type { CDPSession, Page } from 'playwright-core';

interface CallFrame { functionName: string; url: string; lineNumber: number }
interface ProfileNode { id: number; callFrame: CallFrame; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number }

const nameOf = (f: CallFrame) => {
  const file = f.url.split('/').at(-1)?.replace(/-[\w-]{8}\.js$/, '.js') ?? '';
  return f.functionName && !f.url ? f.functionName : `${f.functionName || '(anonymous)'}${file ? ` ${file}:${f.lineNumber + 1}` : ''}`;
};

/** Starts sampling the page's main thread (where the desk's exports and imports run); the returned function stops and prints its top functions. */
export async function startProfile(page: Page): Promise<(label: string, top?: number) => Promise<void>> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  return async (label, top = 14) => {
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    await cdp.detach();
    summarize(label, profile, top);
  };
}

function summarize(label: string, p: Profile, top: number): void {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  p.samples.forEach((id, i) => {
    const dt = (p.timeDeltas[i + 1] ?? 0) / 1000;
    total += dt;
    const node = byId.get(id)!;
    self.set(nameOf(node.callFrame), (self.get(nameOf(node.callFrame)) ?? 0) + dt);
    const seen = new Set<string>();
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
      const name = nameOf(byId.get(n)!.callFrame);
      if (seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + dt);
    }
  });
  const line = (name: string, ms: number) => `    ${ms.toFixed(0).padStart(7)} ms ${((100 * ms) / total).toFixed(1).padStart(5)} %  ${name}`;
  console.log(`  profile of ${label}: ${total.toFixed(0)} ms sampled`);
  console.log('   self time:');
  for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(line(name, ms));
  console.log('   inclusive time (app code):');
  const app = [...inclusive].filter(([name]) => /\.(js|ts):/.test(name) && !/^\(/.test(name));
  for (const [name, ms] of app.sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(line(name, ms));
}
