// Load test of the classroom hub: 40 simulated headsets (the real sync core, src/classroom,
// over socket.io-client in Node) replay playthroughs of the built-in lessons (played through the real
// runner) at student pace sped up `--speed` times, each dropping its Wi-Fi now and then for 1–30 s,
// while a desk (the real desk core) watches. Then a 1,000-event backlog's catch-up, and the class
// exports of 1,000 students × 20 lessons. Figures, not assertions. Loopback only.
//   npm run bench:class [-- --seconds 300 --devices 40 --speed 10 --students 1000 --lessons 20]
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { io } from 'socket.io-client';
import { connectDesk } from '../src/classroom/desk.ts';
import { connectDevice } from '../src/classroom/sync.ts';
import { loadLessons } from '../src/hub/lessons.ts';
import { seeded } from './bench/class/autoplay.ts';
import { exportBench } from './bench-class/export.ts';
import { startHubProcess } from './bench-class/hub-run.ts';
import { memoryOutbox } from './bench-class/outbox.ts';
import { studentBeats } from './bench-class/playthroughs.ts';
import { wifi } from './bench-class/relay.ts';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const seconds = arg('seconds', 300);
const count = arg('devices', 40);
const speed = arg('speed', 10);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? NaN;
const waitFor = async (check: () => boolean, ms: number) => { const end = Date.now() + ms; while (!check() && Date.now() < end) await sleep(20); return check(); };

console.log(`bench:class — ${count} headsets, ${seconds} s of wall time, student pace × ${speed} (${((seconds * speed) / 60).toFixed(0)} minutes of class each)`);
const dir = mkdtempSync(join(tmpdir(), 'climatexr-bench-class-'));
const hub = await startHubProcess(dir);
const lessons = await loadLessons();
const ws = (url: string) => (opts: object) => io(url, { ...opts, transports: ['websocket'] });

const sentAt = new Map<string, { at: number; online: boolean }>();
const latency: number[] = [];
let received = 0;
const seen = new Set<string>();
const desk = connectDesk({
  secret: readFileSync(join(dir, 'teacher-secret'), 'utf8').trim(), connect: ws(hub.url), foldMs: 100,
  onEvents(events) {
    for (const e of events) {
      received++;
      if (seen.has(e.id)) continue;
      seen.add(e.id);
      const s = sentAt.get(e.id);
      if (s?.online) latency.push(performance.now() - s.at);
    }
  },
});
const devices = await Promise.all(Array.from({ length: count }, async (_, i) => {
  const net = await wifi(hub.port);
  const box = memoryOutbox(randomUUID());
  const profile = box.addProfile(`학생${String(i + 1).padStart(2, '0')}`);
  const sync = connectDevice({ outbox: box.outbox, connect: ws(net.url), page: null, kept: null });
  return { net, box, profile, sync, rand: seeded(1000 + i) };
}));

const start = performance.now();
const end = start + seconds * 1000;
let drops = 0;
await Promise.all(devices.flatMap((d) => [
  (async () => {
    for (const beat of studentBeats(lessons, d.rand)) {
      await sleep(beat.afterMs / speed);
      if (performance.now() > end) return;
      for (const e of d.box.append(d.profile.id, beat.lesson, beat.records)) sentAt.set(e.id, { at: performance.now(), online: d.net.up && d.sync.store.getState().connection.kind === 'online' });
    }
  })(),
  (async () => {
    const left = () => Math.max(0, end - performance.now());
    for (;;) {
      await sleep(Math.min(20_000 + d.rand() * 60_000, left()));
      if (!left()) return;
      d.net.drop();
      drops++;
      await sleep(Math.min(1000 + d.rand() * 29_000, left()));
      d.net.restore();
    }
  })(),
]));
for (const d of devices) d.net.restore();
const settled = await waitFor(() => devices.every((d) => d.sync.store.getState().onLaptop && d.sync.store.getState().lastSeq === d.box.lastSeq()), 60_000);
const usage = hub.between(start, performance.now());
const runMs = performance.now() - start;
await waitFor(() => seen.size >= sentAt.size, 30_000);

const lines = readFileSync(join(dir, 'events.ndjson'), 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { id: string }).id);
const stored = new Set(lines);
const lost = [...sentAt.keys()].filter((id) => !stored.has(id)).length;
console.log(`  ${drops} Wi-Fi drops of 1–30 s; all headsets caught up afterwards: ${settled ? 'yes' : 'NO'}`);
console.log(`  events sent ${sentAt.size.toLocaleString('en')}   stored ${stored.size.toLocaleString('en')}   lost ${lost}   duplicated ${lines.length - stored.size}   (goal: 0 lost, 0 duplicated)`);
console.log(`  desk received ${seen.size.toLocaleString('en')} events (${received - seen.size} twice)`);
console.log(`  send → desk (events sent while online, ${latency.length}): p50 ${pct(latency, 50).toFixed(0)} ms   p95 ${pct(latency, 95).toFixed(0)} ms   (goal p95 ≤ 1000 ms; the desk folds every 100 ms)`);
console.log(`  hub: RSS up to ${(usage.rss / 2 ** 20).toFixed(0)} MB, CPU ${usage.cpu.toFixed(1)} % of one core over ${(runMs / 1000).toFixed(0)} s   (goal ≤ 200 MB, ≤ 25 %)`);

// A headset that played on alone: 1,000 events written while its Wi-Fi was off, then back.
const d0 = devices[0]!;
d0.net.drop();
await waitFor(() => d0.sync.store.getState().connection.kind === 'offline', 30_000);
const beats = studentBeats(lessons, d0.rand);
const before = d0.box.lastSeq();
while (d0.box.lastSeq() < before + 1000) { const b = beats.next().value!; d0.box.append(d0.profile.id, b.lesson, b.records.slice(0, before + 1000 - d0.box.lastSeq())); }
const back = performance.now();
d0.net.restore();
await waitFor(() => d0.sync.store.getState().connection.kind === 'online', 30_000);
const online = performance.now();
await waitFor(() => d0.sync.store.getState().cursor === d0.box.lastSeq(), 30_000);
const caught = performance.now();
console.log(`  catch-up of a 1,000-event backlog after reconnecting: ${((caught - online) / 1000).toFixed(2)} s (goal ≤ 2 s); ${((caught - back) / 1000).toFixed(1)} s from the Wi-Fi's return, the library's reconnection backoff (≤ 7.5 s) included`);

desk.close();
for (const d of devices) { d.sync.close(); d.net.close(); }
hub.stop();
rmSync(dir, { recursive: true, force: true });

console.log(`— class exports from the hub's disk log`);
await exportBench(arg('students', 1000), arg('lessons', 20));
process.exit(0);
