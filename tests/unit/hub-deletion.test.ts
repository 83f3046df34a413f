import { afterEach, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Socket } from 'socket.io-client';
import { ask, fakeDevice, helloDesk, helloDevice, rawClient, startHub, steps, until, type Running } from './hub-helpers.ts';

// "Delete my data" and "delete everything" reach the hub's disk, and a headset that comes back with
// an old copy of its log cannot bring the deleted events back, not even after a restart.
const running: Running[] = [];
const sockets: Socket[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.disconnect();
  for (const r of running.splice(0)) await r.stop();
});
const client = (url: string) => {
  const s = rawClient(url);
  sockets.push(s);
  return s;
};
const onDisk = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { profileId?: string; id: string });

test("a student's 'delete my data' removes their events and nickname from the disk; their device resending them stores nothing; a restart keeps it so", async () => {
  const r = await startHub();
  running.push(r);
  const d = fakeDevice();
  const gone = d.addProfile('지울학생');
  const stays = d.addProfile('남는학생');
  d.append(gone.id, steps(4));
  d.append(stays.id, steps(3));
  const device = client(r.url);
  const desk = client(r.url);
  await helloDevice(device, d.deviceId, d.profiles);
  await helloDesk(desk, r.hub.secret);
  const told: string[] = [];
  desk.on('forgotten', (m: { profileId: string }) => told.push(m.profileId));
  await ask(device, 'events', { after: 0, sentAt: Date.now(), batch: d.events });

  expect(await ask(device, 'forget', { profileId: gone.id })).toMatchObject({ ok: true });
  expect(onDisk(r.dir, 'events.ndjson').map((e) => e.profileId)).toEqual([stays.id, stays.id, stays.id]);
  expect(onDisk(r.dir, 'profiles.ndjson').map((p) => p.id)).toEqual([stays.id]);
  await until(() => told.includes(gone.id), 'the desk to hear of the deletion');

  // A second tab of the same device, with the old log, sends everything from the start.
  const stale = client(r.url);
  await helloDevice(stale, d.deviceId, d.profiles);
  expect(await ask(stale, 'events', { after: 0, sentAt: Date.now(), batch: d.events })).toMatchObject({ ok: true, stored: 0 });
  await r.stop(true);
  running.length = 0;
  const again = await startHub({}, r.dir);
  running.push(again);
  const back = client(again.url);
  await helloDevice(back, d.deviceId, d.profiles); // its profiles again, the deleted one among them
  expect(await ask(back, 'events', { after: 0, sentAt: Date.now(), batch: [...d.events, ...d.append(gone.id, steps(1, 5))] })).toMatchObject({ ok: true, stored: 0 });
  expect(onDisk(again.dir, 'events.ndjson').every((e) => e.profileId === stays.id)).toBe(true);
  expect(again.hub.store.profiles.all().map((p) => p.nickname)).toEqual(['남는학생']);
});

test("a device cannot delete another device's student; the teacher can", async () => {
  const r = await startHub();
  running.push(r);
  const a = fakeDevice();
  const b = fakeDevice();
  const minji = a.addProfile('민지');
  a.append(minji.id, steps(2));
  const sa = client(r.url);
  const sb = client(r.url);
  await helloDevice(sa, a.deviceId, a.profiles);
  await ask(sa, 'events', { after: 0, sentAt: Date.now(), batch: a.events });
  await helloDevice(sb, b.deviceId);
  expect(await ask(sb, 'forget', { profileId: minji.id })).toMatchObject({ ok: false, code: 'not-yours' });
  expect(r.logs.some((l) => l.includes('not-yours'))).toBe(true);
  expect(onDisk(r.dir, 'events.ndjson')).toHaveLength(2);
  const desk = client(r.url);
  await helloDesk(desk, r.hub.secret);
  expect(await ask(desk, 'forget', { profileId: minji.id })).toMatchObject({ ok: true });
  expect(onDisk(r.dir, 'events.ndjson')).toHaveLength(0);
});

test("'delete everything' empties the class log; devices are asked to say hello again and their old events do not come back", async () => {
  const r = await startHub();
  running.push(r);
  const d = fakeDevice();
  const p = d.addProfile('별');
  d.append(p.id, steps(5));
  const device = client(r.url);
  let resynced = 0;
  device.on('resync', () => resynced++);
  await helloDevice(device, d.deviceId, d.profiles);
  await ask(device, 'events', { after: 0, sentAt: Date.now(), batch: d.events });
  const desk = client(r.url);
  await helloDesk(desk, r.hub.secret);
  let cleared = false;
  desk.on('cleared', () => (cleared = true));
  expect(await ask(desk, 'forget-all')).toMatchObject({ ok: true });
  expect(onDisk(r.dir, 'events.ndjson')).toEqual([]);
  expect(onDisk(r.dir, 'profiles.ndjson')).toEqual([]);
  await until(() => cleared && resynced === 1, 'the desk and the device to hear of it');
  // The device says hello again (its nickname comes back: it is in the room) and sends from the start.
  expect(await helloDevice(device, d.deviceId, d.profiles)).toMatchObject({ ok: true, cursor: 5 });
  expect(await ask(device, 'events', { after: 0, sentAt: Date.now(), batch: [...d.events, ...d.append(p.id, steps(1, 6))] })).toMatchObject({ ok: true, stored: 1, cursor: 6 });
  expect(onDisk(r.dir, 'events.ndjson')).toHaveLength(1);
  await r.stop(true);
  running.length = 0;
  const again = await startHub({}, r.dir);
  running.push(again);
  expect(again.hub.store.cursor(d.deviceId)).toBe(6);
});
