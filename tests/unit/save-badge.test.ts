import { expect, test } from 'vitest';
import { saveBadge } from '../../src/app/views/saveBadge.ts';
import { bundles } from '../../src/i18n/all.ts';

const lookup = (o: unknown, key: string): unknown => key.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], o);

test('the headset badge stays away while saving works and no notice is pending', () => {
  expect(saveBadge('saved', null)).toBeNull();
  expect(saveBadge('saving', null)).toBeNull();
  expect(saveBadge(null, null)).toBeNull(); // the store is still opening
});

test('the headset badge says when progress is not saved, and when the lesson moved the student', () => {
  expect(saveBadge('not-saved', null)).toEqual({ lines: ['saveBadge.notSaved'], tone: 'warn' });
  expect(saveBadge('lost', null)).toEqual({ lines: ['saveBadge.lost'], tone: 'warn' });
  expect(saveBadge('unavailable', null)).toEqual({ lines: ['saveBadge.lost'], tone: 'warn' });
  expect(saveBadge('saved', 'moved')).toEqual({ lines: ['lesson.movedStep'], tone: 'info' });
  expect(saveBadge('not-saved', 'moved')).toEqual({ lines: ['saveBadge.notSaved', 'lesson.movedStep'], tone: 'warn' });
});

test('every sentence the badge can show exists in Korean and English, short enough for two lines', () => {
  const { ko, en } = bundles();
  const keys = new Set([...(['not-saved', 'lost', 'unavailable'] as const).flatMap((s) => saveBadge(s, 'moved')!.lines)]);
  for (const k of keys) {
    const k1 = lookup(ko, k);
    const e1 = lookup(en, k);
    expect(typeof k1, `ko ${k}`).toBe('string');
    expect(typeof e1, `en ${k}`).toBe('string');
    // 1.23 m of text at 0.05 m: about 25 Hangul syllables or 50 Latin letters a line, two lines each.
    expect((k1 as string).length, k).toBeLessThanOrEqual(50);
    expect((e1 as string).length, k).toBeLessThanOrEqual(100);
  }
});

test('in a class with the laptop\'s hub, the badge says where progress is saved and when the teacher holds Next', () => {
  expect(saveBadge('saved', null, { where: 'laptop', waitTeacher: false })).toEqual({ lines: ['classroom.badgeLaptop'], tone: 'info' });
  expect(saveBadge('saving', null, { where: 'device', waitTeacher: false })).toEqual({ lines: ['classroom.badgeDevice'], tone: 'info' });
  expect(saveBadge('saved', 'moved', { where: 'laptop', waitTeacher: true })).toEqual({ lines: ['classroom.badgeLaptop', 'lesson.movedStep', 'classroom.waitTeacher'], tone: 'info' });
  // Not saved on the device: that is what the student must know, not where the rest went.
  expect(saveBadge('not-saved', null, { where: 'laptop', waitTeacher: false })).toEqual({ lines: ['saveBadge.notSaved'], tone: 'warn' });
  // No hub (a static host): as before.
  expect(saveBadge('saved', null, { where: null, waitTeacher: false })).toBeNull();
  const { ko, en } = bundles();
  for (const k of ['classroom.badgeLaptop', 'classroom.badgeDevice', 'classroom.waitTeacher']) {
    expect((lookup(ko, k) as string).length, k).toBeLessThanOrEqual(50);
    expect((lookup(en, k) as string).length, k).toBeLessThanOrEqual(100);
  }
});
