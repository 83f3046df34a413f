import { afterEach, expect, test } from 'vitest';
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ask, fakeDevice, helloDevice, rawClient, startHub, steps, type Running } from './hub-helpers.ts';

// Replication by (device, seq) cursor against a real hub on 127.0.0.1: what is acknowledged is on the
// disk, the same events sent twice are stored once, and a restarted hub reads its log back.
const running: Running[] = [];
afterEach(async () => {
  for (const r of running.splice(0)) await r.stop();
});
const start = async (dir?: string) => {
  const r = await startHub({}, dir);
  running.push(r);
  return r;
};
const stored = (dir: string) => readFileSync(join(dir, 'events.ndjson'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; seq: number });

test('a batch is on the disk when acknowledged; the same events again (and an overlapping resend) are stored once', async () => {
  const r = await start();
  const d = fakeDevice();
  const p = d.addProfile('초록별');
  const events = d.append(p.id, steps(5));
  const socket = rawClient(r.url);
  expect(await helloDevice(socket, d.deviceId, d.profiles)).toMatchObject({ ok: true, cursor: 0 });
  expect(await ask(socket, 'events', { after: 0, sentAt: Date.now(), batch: events })).toMatchObject({ ok: true, cursor: 5, stored: 5 });
  expect(stored(r.dir).map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
  // The page did not hear the acknowledgement and sends everything again, plus what came since.
  const more = d.append(p.id, steps(2, 6));
  expect(await ask(socket, 'events', { after: 0, sentAt: Date.now(), batch: [...events, ...more] })).toMatchObject({ ok: true, cursor: 7, stored: 2, skipped: 5 });
  // The same event ids under new seqs (a page that numbered its log again) are not stored again either.
  const renumbered = events.map((e, i) => ({ ...e, seq: 8 + i }));
  expect(await ask(socket, 'events', { after: 7, sentAt: Date.now(), batch: renumbered })).toMatchObject({ ok: true, cursor: 12, stored: 0 });
  const ids = stored(r.dir).map((e) => e.id);
  expect(ids).toHaveLength(7);
  expect(new Set(ids).size).toBe(7);
  socket.disconnect();
});

test('a page that thinks the hub holds more than it does is told the cursor, and sends from there', async () => {
  const r = await start();
  const d = fakeDevice();
  const p = d.addProfile('하늘');
  const events = d.append(p.id, steps(6));
  const socket = rawClient(r.url);
  await helloDevice(socket, d.deviceId);
  await ask(socket, 'events', { after: 0, sentAt: Date.now(), batch: events.slice(0, 2) });
  expect(await ask(socket, 'events', { after: 4, sentAt: Date.now(), batch: events.slice(4) })).toMatchObject({ ok: false, code: 'gap', cursor: 2 });
  expect(await ask(socket, 'events', { after: 2, sentAt: Date.now(), batch: events.slice(2) })).toMatchObject({ ok: true, cursor: 6 });
  expect(r.logs.filter((l) => l.includes('gap'))).toEqual([]); // a gap is normal life, not a refusal to log
  socket.disconnect();
});

test('a restarted hub reads its log back: cursors, nicknames and events; a torn last line is dropped, not fatal', async () => {
  const first = await startHub();
  const d = fakeDevice();
  const p = d.addProfile('바다');
  const socket = rawClient(first.url);
  await helloDevice(socket, d.deviceId, d.profiles);
  await ask(socket, 'events', { after: 0, sentAt: Date.now(), batch: d.append(p.id, steps(3)) });
  socket.disconnect();
  await first.stop(true);
  // A write cut short by a kill: half a line, never acknowledged.
  appendFileSync(join(first.dir, 'events.ndjson'), '{"id":"9c0e1d3e-5b8f-4a4e-9d2a-');
  const again = await start(first.dir);
  expect(again.hub.store.cursor(d.deviceId)).toBe(3);
  expect(again.hub.store.profiles.get(p.id)?.nickname).toBe('바다');
  const s2 = rawClient(again.url);
  expect(await helloDevice(s2, d.deviceId)).toMatchObject({ ok: true, cursor: 3 });
  expect(await ask(s2, 'events', { after: 3, sentAt: Date.now(), batch: d.append(p.id, steps(1, 4)) })).toMatchObject({ ok: true, cursor: 4 });
  // The torn bytes are gone: every line of the file is whole.
  expect(stored(again.dir).map((e) => e.seq)).toEqual([1, 2, 3, 4]);
  s2.disconnect();
});
