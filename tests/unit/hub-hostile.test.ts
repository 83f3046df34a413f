import { afterAll, beforeAll, expect, test } from 'vitest';
import { get } from 'node:http';
import type { Socket } from 'socket.io-client';
import { PROTOCOL_VERSION } from '../../src/hub/protocol.ts';
import { ask, connected, fakeDevice, helloDesk, helloDevice, rawClient, startHub, steps, until, type Running } from './hub-helpers.ts';

// Hostile pages on the classroom Wi-Fi: malformed and oversized messages, forged device ids, floods,
// commands and class reads from a student's socket. Each is refused with a code (and logged), and a
// well-behaved headset is served all along.
let r: Running;
const sockets: Socket[] = [];
const client = () => {
  const s = rawClient(r.url);
  sockets.push(s);
  return s;
};
/** A well-behaved headset that sends a batch and expects it stored, between the attacks. */
let good: { socket: Socket; send(): Promise<number> };
beforeAll(async () => {
  r = await startHub({ limits: { messageBytes: 100_000, batch: 50, burst: 20, perSecond: 10, deviceEvents: 60 } });
  const d = fakeDevice();
  const p = d.addProfile('착한학생');
  const socket = client();
  await helloDevice(socket, d.deviceId, d.profiles);
  let cursor = 0;
  good = {
    socket,
    async send() {
      const r2 = await ask<{ cursor: number }>(socket, 'events', { after: cursor, sentAt: Date.now(), batch: d.append(p.id, steps(2, cursor + 1)) });
      if (!r2.ok) throw new Error(`the good headset was refused: ${r2.code}`);
      return (cursor = r2.cursor);
    },
  };
});
afterAll(async () => {
  for (const s of sockets) s.disconnect();
  await r.stop();
});

test('malformed messages are refused with a code; the hub answers the next headset', async () => {
  const s = client();
  await connected(s);
  expect(await ask(s, 'events', { after: 0, sentAt: 0, batch: [] })).toMatchObject({ ok: false, code: 'no-hello' });
  for (const junk of [null, 42, 'hello', [], { v: PROTOCOL_VERSION, role: 'device', deviceId: 'not-a-uuid', profiles: [], announce: null, hand: false }, { v: 99, role: 'desk', secret: 'x' }, { role: 'admin' }]) {
    expect(await ask(s, 'hello', junk)).toMatchObject({ ok: false, code: 'bad-message' });
  }
  expect(await ask(s, 'become-teacher', {})).toMatchObject({ ok: false, code: 'unknown-message' });
  const d = fakeDevice();
  await helloDevice(s, d.deviceId);
  const p = d.addProfile('x');
  const [e1, e2] = d.append(p.id, steps(2));
  // Events that fail progress/validate.ts are skipped and counted; the rest are stored.
  expect(await ask(s, 'events', { after: 0, sentAt: Date.now(), batch: [{ ...e1, record: { kind: 'rm -rf' } }, e2] })).toMatchObject({ ok: true, stored: 1, invalid: 1, cursor: 2 });
  expect(await ask(s, 'events', { after: 2, sentAt: Date.now(), batch: [e2, e1] })).toMatchObject({ ok: false, code: 'bad-message' });
  expect(await ask(s, 'announce', { profileId: null, lessonId: '../../etc', lang: 'ko', course: 'middle', stepId: null, stepN: null, stepCount: null, finished: false, stepSince: null, sentAt: 1 })).toMatchObject({ ok: false, code: 'bad-message' });
  expect(await good.send()).toBeGreaterThan(0);
});

test('a message over the size limit closes only that connection; too many events in one message, or over the device quota, are told', async () => {
  const s = client();
  const d = fakeDevice();
  await helloDevice(s, d.deviceId);
  const closed = new Promise((ok) => s.once('disconnect', ok));
  s.emit('announce', { padding: 'x'.repeat(200_000) });
  await closed;
  expect(await good.send()).toBeGreaterThan(0);

  const s2 = client();
  const d2 = fakeDevice();
  const p = d2.addProfile('많이');
  await helloDevice(s2, d2.deviceId);
  expect(await ask(s2, 'events', { after: 0, sentAt: Date.now(), batch: d2.append(p.id, steps(51)) })).toMatchObject({ ok: false, code: 'batch-too-large' });
  for (let cursor = 0; cursor < 100; cursor += 50) expect(await ask(s2, 'events', { after: cursor, sentAt: Date.now(), batch: d2.events.slice(cursor, cursor + 50).filter(Boolean) })).toMatchObject({ ok: true });
  d2.append(p.id, steps(50, 52));
  expect(await ask(s2, 'events', { after: 51, sentAt: Date.now(), batch: d2.events.slice(51) })).toMatchObject({ ok: false, code: 'storage-full', cursor: 51 });
  expect(r.logs.some((l) => l.includes('storage-full'))).toBe(true);
});

test('forged device ids are refused and logged: events, profiles and a second hello under another id', async () => {
  const s = client();
  const me = fakeDevice();
  const victim = fakeDevice();
  const vp = victim.addProfile('피해자');
  await helloDevice(s, me.deviceId);
  expect(await ask(s, 'events', { after: 0, sentAt: Date.now(), batch: victim.append(vp.id, steps(2)) })).toMatchObject({ ok: false, code: 'forged-device' });
  expect(await ask(s, 'profiles', { profiles: [vp] })).toMatchObject({ ok: false, code: 'forged-device' });
  expect(await helloDevice(s, victim.deviceId)).toMatchObject({ ok: false, code: 'forged-device' });
  expect(r.hub.store.cursor(victim.deviceId)).toBe(0);
  expect(r.logs.filter((l) => l.includes('forged-device')).length).toBeGreaterThanOrEqual(3);
  expect(await good.send()).toBeGreaterThan(0);
});

test("a student's socket cannot conduct, read the class or become a desk; it is never sent another student's data", async () => {
  const s = client();
  const received: string[] = [];
  s.onAny((name: string) => received.push(name));
  const d = fakeDevice();
  await helloDevice(s, d.deviceId);
  expect(await ask(s, 'command', { target: { kind: 'class' }, set: { paused: true } })).toMatchObject({ ok: false, code: 'not-teacher' });
  expect(await ask(s, 'read', { since: {} })).toMatchObject({ ok: false, code: 'not-teacher' });
  expect(await ask(s, 'export-token', {})).toMatchObject({ ok: false, code: 'not-teacher' });
  expect(await ask(s, 'forget-all', {})).toMatchObject({ ok: false, code: 'not-teacher' });
  expect(await ask(s, 'hello', { v: PROTOCOL_VERSION, role: 'desk', secret: r.hub.secret })).toMatchObject({ ok: false, code: 'not-teacher' });
  expect(r.logs.filter((l) => l.includes('not-teacher')).length).toBeGreaterThanOrEqual(5);
  expect(await helloDesk(client(), 'AAAA-BBBB-CCCC')).toMatchObject({ ok: false, code: 'bad-secret' });
  // The good headset keeps writing; this socket hears nothing of it, nor of presence or pledges.
  await good.send();
  await ask(s, 'probe', {});
  expect(received.filter((n) => !['state', 'problem'].includes(n))).toEqual([]);
  // The class's state still says nobody paused it.
  const desk = await helloDesk(client(), r.hub.secret);
  expect(desk.ok && desk.snapshot.conduct.rev).toBe(0);
});

test('a flood is throttled (told, with when to try again) while another headset is served', async () => {
  const s = client();
  const d = fakeDevice();
  await helloDevice(s, d.deviceId);
  const replies = await Promise.all(Array.from({ length: 200 }, () => ask(s, 'probe', {})));
  const refused = replies.filter((x) => !x.ok);
  expect(refused.length).toBeGreaterThan(150);
  expect(refused[0]).toMatchObject({ code: 'rate' });
  expect((refused[0] as { retryInMs: number }).retryInMs).toBeGreaterThan(0);
  expect(await good.send()).toBeGreaterThan(0);
  expect(r.logs.some((l) => l.startsWith('throttled'))).toBe(true);
  // Once the bucket refills, the same socket is answered again.
  await until(async () => (await ask(s, 'probe', {})).ok, 'the flooder to be answered again');
});

test('the teacher secret is given only to this machine by a local name (not through DNS rebinding)', async () => {
  const fetchSecret = (host: string) => new Promise<number>((ok, fail) => {
    get({ host: '127.0.0.1', port: Number(new URL(r.url).port), path: '/hub/teacher-secret', headers: { host } }, (res) => { res.resume(); ok(res.statusCode ?? 0); }).on('error', fail);
  });
  expect(await fetchSecret('localhost')).toBe(200);
  expect(await fetchSecret('attacker.example')).toBe(403);
  expect(r.logs.some((l) => l.includes('refused the teacher secret'))).toBe(true);
  const page = await fetch(`${r.url}/hub/export/native`);
  expect(page.status).toBe(403);
  await until(() => r.logs.some((l) => l.includes('refused an export')), 'the refusal in the log');
});
