import 'fake-indexeddb/auto';
import { afterEach, expect, test } from 'vitest';
import { createProgressStore, type ProgressStore } from '../../src/progress/store.ts';
import type { Outbox } from '../../src/classroom/outbox.ts';
import type { LogRecord } from '../../src/runner/types.ts';

// The progress log as the classroom hub's outbox (src/progress/outbox.ts): a headset sends only its own
// events past the hub's cursor, in seq order; the desk asks for what is past its highest seq per device.
const open: ProgressStore[] = [];
let n = 0;
async function device(): Promise<ProgressStore> {
  const s = await createProgressStore({ name: `outbox-${++n}` });
  open.push(s);
  return s;
}
afterEach(() => { for (const s of open.splice(0)) s.close(); });

const step = (i: number): LogRecord => ({ kind: 'step-entered', stepId: `s${i}` });

async function played(store: ProgressStore, nickname: string, steps: number) {
  const made = await store.createProfile(nickname);
  if (!made.ok) throw new Error(made.problem);
  for (let i = 0; i < steps; i++) await store.append(made.profile.id, 'welcome', '1', [step(i)]);
  return made.profile;
}

test('a headset\'s outbox holds its own events past a seq, in seq order and pages, never imported ones', async () => {
  const headset = await device();
  const other = await device();
  await played(headset, '초록별', 5);
  await played(other, '파랑새', 3);
  // Without a hub, a laptop that merged a file holds another device's events: never sent as this device's.
  await headset.importNative(await (await other.exportNative()).text());
  const outbox: Outbox = (await headset.hub()).outbox;
  expect(outbox.deviceId).toBe(headset.deviceId);
  expect(await outbox.lastSeq()).toBe(5);
  const all = await outbox.eventsAfter(0, 100);
  expect(all.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
  expect(all.every((e) => e.deviceId === headset.deviceId)).toBe(true);
  expect((await outbox.eventsAfter(2, 2)).map((e) => e.seq)).toEqual([3, 4]);
  expect(await outbox.eventsAfter(5, 100)).toEqual([]);
  expect((await outbox.profiles()).map((p) => p.nickname)).toEqual(['초록별']);
});

test('the outbox hears of each write (and of a new nickname) after it is on the disk', async () => {
  const headset = await device();
  const { outbox } = await headset.hub();
  const heard: number[] = [];
  const off = outbox.onAppended(() => void outbox.lastSeq().then((s) => heard.push(s)));
  const p = await played(headset, '초록별', 2);
  await expect.poll(() => heard.at(-1)).toBe(2);
  off();
  await headset.append(p.id, 'welcome', '1', [step(9)]);
  expect(await outbox.lastSeq()).toBe(3);
  expect(heard.at(-1)).toBe(2);
});

test('the desk\'s highest seq per device, over every device it holds', async () => {
  const desk = await device();
  const a = await device();
  const b = await device();
  await played(a, '가온', 4);
  await played(b, '나래', 7);
  for (const s of [a, b]) await desk.importNative(await (await s.exportNative()).text());
  expect(await (await desk.hub()).seqsByDevice()).toEqual({ [a.deviceId]: 4, [b.deviceId]: 7 });
  expect(await (await (await device()).hub()).seqsByDevice()).toEqual({});
});

test('after "delete my data" the outbox\'s last seq is what is left, so the laptop can hold all of it', async () => {
  const headset = await device();
  await played(headset, '가온', 2);
  const gone = await played(headset, '나래', 3);
  const { outbox } = await headset.hub();
  expect(await outbox.lastSeq()).toBe(5);
  await headset.deleteProfile(gone.id);
  expect(await outbox.lastSeq()).toBe(2);
});
