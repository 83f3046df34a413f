import { expect, test } from 'vitest';
import { holdsFor } from '../../src/app/classroomDesk.ts';
import { command, emptyLayers, setGroup, stateFor } from '../../src/hub/conduct.ts';
import { FREE, type DevicePresence } from '../../src/hub/protocol.ts';
import { bundles } from '../../src/i18n/all.ts';
import { deviceRows, duration, stuckWords } from '../../src/ui/teacher/live.ts';

// The desk's live table in words: time on a step, a fixed row order, and why a student needs help.
const device = (deviceId: string, nickname: string | null): DevicePresence => ({
  deviceId, profileId: null, nickname, lessonId: null, lang: null, course: null, stepId: null, stepN: null, stepCount: null, stepSince: null,
  finished: false, online: true, since: 0, hand: false, handSince: null, stuck: [], state: FREE,
});

test('time on a step reads as a clock: m:ss, h:mm:ss past an hour, never negative', () => {
  expect(duration(7_400)).toBe('0:07');
  expect(duration(750_000)).toBe('12:30');
  expect(duration(3_723_000)).toBe('1:02:03');
  expect(duration(-5_000)).toBe('0:00'); // a device clock a little ahead of this one
});

test('rows stay in nickname order (Korean collation), students without a nickname last', () => {
  const rows = deviceRows({ a: device('a', '하늘'), b: device('b', null), c: device('c', '가온'), d: device('d', '나래') }, 'ko');
  expect(rows.map((d) => d.nickname)).toEqual(['가온', '나래', '하늘', null]);
});

test('every reason the hub gives for "stuck" has a sentence in Korean and English', () => {
  const { ko, en } = bundles();
  const live = (b: typeof ko) => b.live as Record<string, string>;
  const slow = stuckWords({ kind: 'slow', stepId: 's', onStepMs: 6 * 60_000, medianMs: 2 * 60_000 });
  expect(slow).toEqual({ key: 'stuck_slow', params: { minutes: 6, median: 2 } });
  const quiz = stuckWords({ kind: 'quiz-failed', stepId: 'q' });
  for (const w of [slow, quiz]) {
    expect(live(ko)[w.key]).toBeTruthy();
    expect(live(en)[w.key]).toBeTruthy();
  }
});

test('what the desk shows holds for a target is what the hub decides for the headsets it reaches', () => {
  let layers = emptyLayers();
  layers = setGroup(layers, '1모둠', ['d1', 'd2']);
  layers = command(layers, { kind: 'class' }, { paused: true, pace: { mode: 'teacher', lessonId: 'welcome', stepId: 'hello' } });
  layers = command(layers, { kind: 'group', name: '1모둠' }, { paused: false, lesson: { id: 'welcome', lang: 'en', course: 'high' } });
  layers = command(layers, { kind: 'device', deviceId: 'd2' }, { pace: { mode: 'self' } });
  layers = command(layers, { kind: 'class' }, { pace: { mode: 'teacher', lessonId: 'welcome', stepId: 'try-it' } });
  // The class alone: what a headset in no group, with no settings of its own, gets.
  expect(holdsFor(layers, { kind: 'class' })).toEqual(stateFor(layers, 'd9'));
  // A group: what its headsets get unless they have settings of their own.
  expect(holdsFor(layers, { kind: 'group', name: '1모둠' })).toEqual(stateFor(layers, 'd1'));
  for (const id of ['d1', 'd2', 'd9']) expect(holdsFor(layers, { kind: 'device', deviceId: id })).toEqual(stateFor(layers, id));
  expect(holdsFor(layers, { kind: 'group', name: '1모둠' })).toMatchObject({ paused: false, pace: { stepId: 'try-it' } });
});
