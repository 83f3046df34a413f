import { spawn } from 'node:child_process';

export interface Usage { at: number; rss: number; cpuUs: number }

/** Starts scripts/bench-class/hub-process.ts on `dir` and follows its memory and CPU. */
export async function startHubProcess(dir: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/bench-class/hub-process.ts', dir], { stdio: ['ignore', 'pipe', 'inherit'] });
  const usage: Usage[] = [];
  let port = 0;
  let readMs = 0;
  let rest = '';
  child.stdout.on('data', (d: Buffer) => {
    const lines = (rest + d.toString()).split('\n');
    rest = lines.pop()!;
    for (const line of lines) {
      const [word, a, b] = line.split(' ');
      if (word === 'PORT') port = Number(a);
      if (word === 'READ') readMs = Number(a);
      if (word === 'USAGE') usage.push({ at: performance.now(), rss: Number(a), cpuUs: Number(b) });
    }
  });
  const until = Date.now() + 600_000;
  while (!port || !usage.length) {
    if (child.exitCode !== null || Date.now() > until) throw new Error('the hub process did not start');
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    port, readMs, url: `http://127.0.0.1:${port}`, usage,
    last: () => usage.at(-1)!,
    /** CPU in % of one core and the highest RSS between two moments (performance.now()). */
    between(from: number, to: number) {
      const inside = usage.filter((u) => u.at >= from && u.at <= to);
      const a = inside[0]!;
      const b = inside.at(-1)!;
      return { cpu: (100 * (b.cpuUs - a.cpuUs)) / ((b.at - a.at) * 1000), rss: Math.max(...inside.map((u) => u.rss)) };
    },
    stop: () => child.kill('SIGTERM'),
  };
}
