import { afterEach, expect, test } from 'vitest';
import { io } from 'socket.io-client';
import { connectDesk, fetchTeacherSecret, type DeskSync } from '../../src/classroom/desk.ts';
import { nativeText } from '../../src/classroom/native.ts';
import { connectDevice, type DeviceSync } from '../../src/classroom/sync.ts';
import { parseNative } from '../../src/progress/native.ts';
import type { Profile, ProgressEvent } from '../../src/progress/types.ts';
import { fakeDevice, startHub, steps, until, type Running } from './hub-helpers.ts';

// The desk's core (src/classroom/desk.ts) with headsets' cores against a real hub: the class's events
// arrive once each (the stored ones, then live), presence is live, commands reach the headsets, and
// the class-wide export downloads from the hub.
const running: Running[] = [];
const closing: (DeskSync | DeviceSync)[] = [];
afterEach(async () => {
  for (const c of closing.splice(0)) c.close();
  for (const r of running.splice(0)) await r.stop();
});
const ws = (url: string) => (opts: object) => io(url, { ...opts, transports: ['websocket'] });
function desk(url: string, secret: string, since: Record<string, number> = {}) {
  const got: ProgressEvent[] = [];
  const names: Profile[] = [];
  const forgotten: string[] = [];
  const d = connectDesk({ secret, connect: ws(url), since: async () => since, onEvents: (e, p) => { got.push(...e); names.push(...p); }, onForgotten: (id) => void forgotten.push(id), foldMs: 20 });
  closing.push(d);
  return { d, got, names, forgotten };
}
function headset(url: string) {
  const f = fakeDevice();
  const s = connectDevice({ outbox: f.outbox, connect: ws(url), page: null, kept: null });
  closing.push(s);
  return { f, s };
}

test('the desk gets every event once (stored, then live), presence, and steers the headsets', async () => {
  const r = await startHub();
  running.push(r);
  const a = headset(r.url);
  const pa = a.f.addProfile('가온');
  a.f.append(pa.id, steps(30));
  await until(() => a.s.store.getState().onLaptop && a.s.store.getState().lastSeq === 30, 'the backlog on the laptop');
  expect(await fetchTeacherSecret(r.url)).toBe(r.hub.secret); // this test runs on "the laptop"
  const t = desk(r.url, r.hub.secret);
  await until(() => t.d.store.getState().connection.kind === 'online' && !t.d.store.getState().catchingUp, 'the desk caught up');
  expect(t.got).toHaveLength(30);
  const b = headset(r.url);
  const pb = b.f.addProfile('나래');
  for (let i = 0; i < 5; i++) { a.f.append(pa.id, steps(2, 31 + i * 2)); b.f.append(pb.id, steps(2, 1 + i * 2)); }
  await until(() => t.got.length === 50, 'the live events');
  expect(new Set(t.got.map((e) => e.id)).size).toBe(50);
  expect(t.names.map((p) => p.nickname)).toEqual(expect.arrayContaining(['가온', '나래']));
  // Each device's events arrive in seq order, so the desk can fold them as a file import would.
  for (const id of [a.f.deviceId, b.f.deviceId]) {
    const seqs = t.got.filter((e) => e.deviceId === id).map((e) => e.seq);
    expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
  }
  // What the lead folds into the desk's store: a native file the existing import reads.
  const parsed = parseNative(nativeText(t.got, t.names));
  expect(parsed.ok && parsed.events.length).toBe(50);

  b.s.announce({ profileId: pb.id, lessonId: 'welcome', lang: 'en', course: 'high', stepId: 'hello', stepN: 1, stepCount: 4, finished: false, stepSince: Date.now() });
  await until(() => t.d.store.getState().devices[b.f.deviceId]?.nickname === '나래', 'the desk to show 나래');
  b.s.raiseHand();
  await until(() => t.d.store.getState().devices[b.f.deviceId]?.hand, 'the hand on the desk');
  await t.d.lowerHand(b.f.deviceId);
  await until(() => b.s.store.getState().hand === false, 'the hand lowered on the headset');

  expect(await t.d.command({ kind: 'class' }, { paused: true })).toBe(true);
  await until(() => a.s.store.getState().state.paused && b.s.store.getState().state.paused, 'both headsets paused');
  await t.d.command({ kind: 'device', deviceId: a.f.deviceId }, { paused: false, lesson: { id: 'welcome', lang: 'ko', course: 'middle' } });
  await until(() => !a.s.store.getState().state.paused && a.s.store.getState().state.lesson?.id === 'welcome', 'a sent to welcome');
  expect(b.s.store.getState().state.paused).toBe(true);

  b.s.forget(pb.id);
  await until(() => t.forgotten.includes(pb.id), 'the desk told of the deletion');

  const url = await t.d.exportUrl('native');
  const res = await fetch(`${r.url}${url}`);
  expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="climatexr-class-progress-\d{4}-\d\d-\d\d\.json"/);
  const file = parseNative(await res.text());
  expect(file.ok && file.events.map((e) => e.profileId)).toEqual(Array(40).fill(pa.id));
  expect((await fetch(`${r.url}${url}`)).status).toBe(403); // one use
});

test('a desk that holds part of the class asks only for the rest; a wrong secret is said so', async () => {
  const r = await startHub();
  running.push(r);
  const a = headset(r.url);
  const p = a.f.addProfile('다온');
  a.f.append(p.id, steps(20));
  await until(() => a.s.store.getState().cursor === 20, 'on the laptop');
  const t = desk(r.url, r.hub.secret, { [a.f.deviceId]: 15 });
  await until(() => t.d.store.getState().connection.kind === 'online' && !t.d.store.getState().catchingUp, 'caught up');
  expect(t.got.map((e) => e.seq)).toEqual([16, 17, 18, 19, 20]);
  const wrong = desk(r.url, 'WRONG-SECRET');
  await until(() => wrong.d.store.getState().problem === 'bad-secret', 'the refusal');
  expect(wrong.d.store.getState().connection.kind).not.toBe('online');
});
