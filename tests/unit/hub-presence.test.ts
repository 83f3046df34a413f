import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Socket } from 'socket.io-client';
import { loadLessons } from '../../src/hub/lessons.ts';
import { StepTimes, stuckOf } from '../../src/hub/stuck.ts';
import { FREE, type DevicePresence, type PledgesMessage } from '../../src/hub/protocol.ts';
import type { ProgressEvent } from '../../src/progress/types.ts';
import { ask, fakeDevice, helloDesk, helloDevice, rawClient, startHub, until, type Running } from './hub-helpers.ts';

// The desk's live view: presence from announcements and events (within a second), hands, stuck
// marks and the pledge wall, against the hub with the built-in lessons.
const L = 'lesson-x';
const at = (s: number) => new Date(Date.UTC(2026, 2, 2) + s * 1000).toISOString();
const ev = (profileId: string, s: number, record: ProgressEvent['record'], lessonId = L): ProgressEvent =>
  ({ id: `${profileId}-${s}`, deviceId: 'd', seq: s, profileId, lessonId, lessonVersion: '1', at: at(s), record });
const base: DevicePresence = { deviceId: 'd', profileId: 'p', nickname: 'n', lessonId: L, lang: 'ko', course: 'middle', stepId: 's1', stepN: 2, stepCount: 9, stepSince: 0, finished: false, online: true, since: 0, hand: false, handSince: null, stuck: [], state: FREE };

test("stuck: at least twice the class's median on that step and at least 2 minutes, once 3 students finished it; or a quiz's last attempt wrong", () => {
  const times = new StepTimes();
  const maxAttempts = (_l: string, s: string) => (s === 'quiz' ? 2 : undefined);
  [60, 70, 80].forEach((secs, i) => {
    times.fold(ev(`p${i}`, 0, { kind: 'lesson-started', lessonVersion: '1', ageBand: 'middle' }), maxAttempts);
    times.fold(ev(`p${i}`, 1, { kind: 'step-entered', stepId: 's1' }), maxAttempts);
    times.fold(ev(`p${i}`, 1 + secs, { kind: 'step-entered', stepId: 's2' }), maxAttempts);
  });
  expect(times.samples(L, 's1').sort()).toEqual([60_000, 70_000, 80_000]);
  const samples = (l: string, s: string) => times.samples(l, s);
  expect(stuckOf(base, samples, [], 200_000)).toEqual([{ kind: 'slow', stepId: 's1', onStepMs: 200_000, medianMs: 70_000 }]);
  expect(stuckOf(base, samples, [], 130_000)).toEqual([]); // under twice the median
  expect(stuckOf({ ...base, stepId: 's2' }, samples, [], 600_000)).toEqual([]); // nobody finished s2 yet
  expect(stuckOf({ ...base, finished: true }, samples, [], 600_000)).toEqual([]);
  const quick = new StepTimes();
  ['a', 'b', 'c'].forEach((p) => { quick.fold(ev(p, 1, { kind: 'step-entered', stepId: 's1' }), maxAttempts); quick.fold(ev(p, 11, { kind: 'step-entered', stepId: 's2' }), maxAttempts); });
  expect(stuckOf(base, (l, s) => quick.samples(l, s), [], 100_000)).toEqual([]); // 10× a 10 s median, but under 2 minutes

  const answer = (attempt: number, correct: boolean) => ev('p0', 200 + attempt, { kind: 'answered', stepId: 'quiz', value: 'a', correct, attempt, points: 0, maxPoints: 1 });
  times.fold(answer(1, false), maxAttempts);
  expect(times.failedOf('p0', L)).toEqual([]);
  times.fold(answer(2, false), maxAttempts);
  expect(times.failedOf('p0', L)).toEqual(['quiz']);
  expect(stuckOf({ ...base, profileId: 'p0', stepId: 'quiz' }, samples, times.failedOf('p0', L), 1000)).toEqual([{ kind: 'quiz-failed', stepId: 'quiz' }]);
  times.fold(ev('p0', 300, { kind: 'lesson-started', lessonVersion: '1', ageBand: 'middle' }), maxAttempts);
  expect(times.failedOf('p0', L)).toEqual([]); // a new run starts clean
  times.forget('p1');
  expect(times.samples(L, 's1').sort()).toEqual([60_000, 80_000]);
});

let r: Running;
const sockets: Socket[] = [];
beforeAll(async () => {
  r = await startHub({ lessons: await loadLessons() });
});
afterAll(async () => {
  for (const s of sockets) s.disconnect();
  await r.stop();
});
const client = () => {
  const s = rawClient(r.url);
  sockets.push(s);
  return s;
};

test('the desk gets a snapshot on join, then each student action within a second: step n of N, time on step, hands, quiz trouble, offline since', async () => {
  const desk = client();
  const joined = await helloDesk(desk, r.hub.secret);
  expect(joined).toMatchObject({ ok: true, snapshot: { devices: [] } });
  const seen = new Map<string, DevicePresence>();
  const arrivals: { at: number; p: DevicePresence }[] = [];
  desk.on('presence', (m: { devices: DevicePresence[] }) => { for (const p of m.devices) { seen.set(p.deviceId, p); arrivals.push({ at: Date.now(), p }); } });

  const d = fakeDevice();
  const p = d.addProfile('초록별');
  const device = client();
  const handFromHub: boolean[] = [];
  device.on('hand', (h: { up: boolean }) => handFromHub.push(h.up));
  await helloDevice(device, d.deviceId, d.profiles);
  const sent = Date.now();
  await ask(device, 'announce', { profileId: p.id, lessonId: 'welcome', lang: 'ko', course: 'middle', stepId: 'hello', stepN: 1, stepCount: 4, finished: false, stepSince: sent - 30_000, sentAt: sent });
  const first = await until(() => seen.get(d.deviceId)?.stepId === 'hello' && seen.get(d.deviceId), 'the desk to see the student');
  expect(first).toMatchObject({ nickname: '초록별', lessonId: 'welcome', course: 'middle', stepN: 1, stepCount: 4, online: true, hand: false, finished: false });
  expect(Date.now() - first.stepSince!).toBeGreaterThanOrEqual(30_000); // on the step for 30 s already
  expect(arrivals.find((a) => a.p.stepId === 'hello')!.at - sent).toBeLessThan(1000);

  const events = d.append(p.id, [{ kind: 'step-completed', stepId: 'hello' }, { kind: 'step-entered', stepId: 'how-to-press' }], 'welcome');
  await ask(device, 'events', { after: 0, sentAt: Date.now(), batch: events });
  await until(() => seen.get(d.deviceId)?.stepId === 'how-to-press', 'the desk to see the next step');

  await ask(device, 'hand', { up: true });
  await until(() => seen.get(d.deviceId)?.hand, 'the raised hand');
  await ask(desk, 'lower-hand', { deviceId: d.deviceId });
  await until(() => seen.get(d.deviceId)?.hand === false && handFromHub.includes(false), 'the teacher to lower it, and the device to hear');

  // try-it allows 2 attempts: the second wrong answer marks the student.
  const wrong = (attempt: number) => ({ kind: 'answered', stepId: 'try-it', value: 'x', correct: false, attempt, points: 0, maxPoints: 1 }) as const;
  await ask(device, 'events', { after: 2, sentAt: Date.now(), batch: d.append(p.id, [{ kind: 'step-entered', stepId: 'try-it' }, wrong(1), wrong(2)], 'welcome') });
  await until(() => seen.get(d.deviceId)?.stuck.some((s) => s.kind === 'quiz-failed' && s.stepId === 'try-it'), 'the quiz trouble mark');

  device.disconnect();
  const off = await until(() => seen.get(d.deviceId)?.online === false && seen.get(d.deviceId), 'the device offline');
  expect(off.since).toBeGreaterThanOrEqual(sent);
});

test('the pledge wall counts each pledge as students make and withdraw them, with their nicknames', async () => {
  const desk = client();
  await helloDesk(desk, r.hub.secret);
  let wall: PledgesMessage | null = null;
  desk.on('pledges', (m: PledgesMessage) => { if (m.lessonId === 'me-to-my-city') wall = m; });
  const pledge = (optionId: string, kind: 'pledged' | 'unpledged' = 'pledged') => ({ kind, stepId: 'pledge', choice: { optionId } }) as const;
  const students = await Promise.all(['하나', '두리'].map(async (name) => {
    const d = fakeDevice();
    const p = d.addProfile(name);
    const s = client();
    await helloDevice(s, d.deviceId, d.profiles);
    return { d, p, s };
  }));
  const [hana, duri] = students as [typeof students[0], typeof students[0]];
  await ask(hana.s, 'events', { after: 0, sentAt: Date.now(), batch: hana.d.append(hana.p.id, [{ kind: 'lesson-started', lessonVersion: '1', ageBand: 'middle' }, pledge('bus'), pledge('bike')], 'me-to-my-city') });
  await ask(duri.s, 'events', { after: 0, sentAt: Date.now(), batch: duri.d.append(duri.p.id, [{ kind: 'lesson-started', lessonVersion: '1', ageBand: 'middle' }, pledge('bus')], 'me-to-my-city') });
  await until(() => wall?.entries.find((e) => e.key === 'opt:bus')?.count === 2, 'two pledges for the bus');
  expect(wall!.entries.map((e) => [e.key, e.count, e.nicknames])).toEqual([['opt:bus', 2, ['하나', '두리']], ['opt:bike', 1, ['하나']]]);
  await ask(hana.s, 'events', { after: 3, sentAt: Date.now(), batch: hana.d.append(hana.p.id, [pledge('bus', 'unpledged')], 'me-to-my-city') });
  await until(() => wall?.entries.find((e) => e.key === 'opt:bus')?.count === 1, 'the withdrawn pledge');
  // A desk that joins later gets the wall in its snapshot.
  const late = await helloDesk(client(), r.hub.secret);
  expect(late.ok && late.snapshot.pledges.find((w) => w.lessonId === 'me-to-my-city')?.entries.map((e) => e.count)).toEqual([1, 1]);
});
