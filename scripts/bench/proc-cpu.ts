// CPU time used by the processes this script started (headless Chromium's browser, renderer and GPU
// processes), from Linux's /proc: on a shared, busy machine an action's wall time says more about the
// other processes than about the app, while the CPU it used does not depend on them much.
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat's times (USER_HZ, 100 on Linux). */
const TICKS_PER_S = 100;

/** CPU time by kind of process (Chromium's --type: renderer, gpu-process, utility; browser for the main one), ms. */
export type CpuByKind = Record<string, number>;

/** The user + system CPU time of every process descended from this one, ms, by kind; null where there is no /proc. */
export function childrenCpu(): CpuByKind | null {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return null;
  }
  const parent = new Map<number, number>();
  const ticks = new Map<number, number>();
  for (const name of entries) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // After "pid (command) ": state, ppid, … utime (field 14), stime (15).
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(name), Number(fields[1]));
      ticks.set(Number(name), Number(fields[11]) + Number(fields[12]));
    } catch {
      // The process ended while we looked.
    }
  }
  const out: CpuByKind = {};
  for (const [pid, t] of ticks) {
    for (let p = parent.get(pid); p !== undefined && p > 1; p = parent.get(p)) {
      if (p !== process.pid) continue;
      const kind = kindOf(pid);
      out[kind] = (out[kind] ?? 0) + (t * 1000) / TICKS_PER_S;
      break;
    }
  }
  return out;
}

function kindOf(pid: number): string {
  try {
    // Chromium rewrites its children's command lines as one string (setproctitle): split on spaces too.
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split(/[\0 ]/);
    const type = args.find((a) => a.startsWith('--type='))?.slice(7);
    return type ?? (args[0]?.includes('chrom') ? 'browser' : 'other');
  } catch {
    return 'other';
  }
}

/** What `childrenCpu` says has been used since `from`, as words ("820 ms: renderer 500, gpu-process 250, …"); '' where it cannot be read. */
export function cpuSince(from: CpuByKind | null): string {
  const now = childrenCpu();
  if (!from || !now) return '';
  const used = Object.entries(now).map(([k, v]) => [k, v - (from[k] ?? 0)] as const).filter(([, v]) => v > 0).sort((a, b) => b[1] - a[1]);
  const total = used.reduce((n, [, v]) => n + v, 0);
  return `${total.toFixed(0)} ms (${used.map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')})`;
}
