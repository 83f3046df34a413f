import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ClassStore } from '../../src/hub/store.ts';
import { generateClass } from '../bench/class/generate-class.ts';
import { startHubProcess } from './hub-run.ts';

/**
 * The class-wide exports of a big class from the hub's disk log: `students` × `lessons` written
 * through the hub's store, the hub started on it (reading it back), then each export downloaded
 * over HTTP: time to the first byte and to the end.
 */
export async function exportBench(students: number, lessons: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'climatexr-bench-export-'));
  try {
    let t = performance.now();
    const cls = generateClass(students, lessons);
    console.log(`  generated ${students} students × ${lessons} lessons: ${cls.events.toLocaleString('en')} events on ${cls.headsets.length} headsets (${((performance.now() - t) / 1000).toFixed(1)} s)`);
    t = performance.now();
    const store = await ClassStore.open(dir, () => undefined, { messageBytes: 0, batch: 0, burst: 0, perSecond: 0, deviceEvents: 1e7, deviceBytes: 2 ** 40, deviceProfiles: 1e5 });
    for (const h of cls.headsets) {
      await store.addProfiles(h.deviceId, h.profiles);
      for (let i = 0; i < h.events.length; i += 5000) await store.accept(h.deviceId, h.events[i - 1]?.seq ?? 0, h.events.slice(i, i + 5000));
    }
    await store.close();
    console.log(`  written through the hub's store: ${(store.size / 2 ** 20).toFixed(0)} MB (${((performance.now() - t) / 1000).toFixed(1)} s)`);
    const hub = await startHubProcess(dir);
    console.log(`  hub start (reads the log back): ${(hub.readMs / 1000).toFixed(1)} s, RSS ${(hub.last().rss / 2 ** 20).toFixed(0)} MB`);
    const secret = readFileSync(join(dir, 'teacher-secret'), 'utf8').trim();
    for (const kind of ['native', 'xapi', 'csv'] as const) {
      const t0 = performance.now();
      const res = await fetch(`${hub.url}/hub/export/${kind}`, { headers: { authorization: `Bearer ${secret}` } });
      const reader = res.body!.getReader();
      let first = 0;
      let bytes = 0;
      for (let r = await reader.read(); !r.done; r = await reader.read()) {
        if (!first) first = performance.now() - t0;
        bytes += r.value.byteLength;
      }
      const end = performance.now() - t0;
      console.log(`  export ${kind.padEnd(6)} ${(bytes / 2 ** 20).toFixed(0).padStart(4)} MB   first byte ${(first / 1000).toFixed(2)} s   end ${(end / 1000).toFixed(1)} s   ${first <= 5000 ? 'ok' : 'OVER'} (goal: first byte ≤ 5 s)`);
    }
    console.log(`  hub RSS after the exports: ${(hub.last().rss / 2 ** 20).toFixed(0)} MB`);
    hub.stop();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
