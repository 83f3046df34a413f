import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { checkNickname } from '../../src/progress/nickname.ts';
import { requestPersistence, storageInfo } from '../../src/progress/persistence.ts';
import { createProgressStore, type ProgressStore } from '../../src/progress/store.ts';
import type { LogRecord } from '../../src/runner/types.ts';

const open: ProgressStore[] = [];
let n = 0;
async function fresh(): Promise<ProgressStore> {
  const s = await createProgressStore({ name: `profiles-${++n}` });
  open.push(s);
  return s;
}
afterEach(() => { for (const s of open.splice(0)) s.close(); });
const entered = (stepId: string): LogRecord => ({ kind: 'step-entered', stepId });

describe('nicknames', () => {
  it('accepts short nicknames in any script, tidied', () => {
    expect(checkNickname('  민지  ')).toEqual({ ok: true, nickname: '민지' });
    expect(checkNickname('Blue   Whale 7')).toEqual({ ok: true, nickname: 'Blue Whale 7' });
    expect(checkNickname('가'.repeat(20))).toMatchObject({ ok: true });
    expect(checkNickname('👍🏽'.repeat(20))).toMatchObject({ ok: true }); // 20 as a person counts them
    // Hangul typed as separate jamo is composed, so it matches the same name typed as syllables.
    expect(checkNickname('\u1100\u1161')).toEqual({ ok: true, nickname: '가' });
  });

  it('refuses what could identify a student, and says why', () => {
    expect(checkNickname('   ')).toEqual({ ok: false, problem: 'empty' });
    expect(checkNickname('가'.repeat(21))).toEqual({ ok: false, problem: 'too-long' });
    expect(checkNickname('minji@school.kr')).toEqual({ ok: false, problem: 'email' });
    expect(checkNickname('@minji')).toEqual({ ok: false, problem: 'email' });
    expect(checkNickname('010-1234-5678')).toEqual({ ok: false, problem: 'phone' });
    expect(checkNickname('+82 10 1234 5678')).toEqual({ ok: false, problem: 'phone' });
    expect(checkNickname('민지\u202Eevil')).toEqual({ ok: false, problem: 'control' });
    expect(checkNickname('Minji', ['minji'])).toEqual({ ok: false, problem: 'taken' });
    expect(checkNickname('player 2026')).toMatchObject({ ok: true });
  });
});

describe('profiles on a shared device', () => {
  it('creates, lists by nickname and refuses a taken one', async () => {
    const store = await fresh();
    for (const name of ['하늘', 'Alex', '가람']) expect((await store.createProfile(name)).ok).toBe(true);
    expect((await store.profiles()).map((p) => p.nickname)).toEqual(['가람', '하늘', 'Alex']); // Korean collation: Hangul first
    expect(await store.createProfile('alex')).toEqual({ ok: false, problem: 'taken' });
    expect(await store.createProfile('me@example.com')).toEqual({ ok: false, problem: 'email' });
  });

  it('"delete my data" removes the student\'s profile, events, summaries and queued events, and no one else\'s', async () => {
    const store = await fresh();
    const a = await store.createProfile('A');
    const b = await store.createProfile('B');
    if (!a.ok || !b.ok) throw new Error('profiles');
    await store.append(a.profile.id, 'commute', '1.0.0', [entered('intro')]);
    await store.append(b.profile.id, 'commute', '1.0.0', [entered('intro')]);
    await store.deleteProfile(a.profile.id);
    expect((await store.profiles()).map((p) => p.nickname)).toEqual(['B']);
    expect((await store.events()).map((e) => e.profileId)).toEqual([b.profile.id]);
    expect((await store.summaries()).map((s) => s.profileId)).toEqual([b.profile.id]);
    expect(await store.eventsFor(a.profile.id, 'commute')).toEqual([]);
  });

  it('"delete everything" empties the device but keeps its id, its seq counter and the PIN', async () => {
    const store = await fresh();
    const a = await store.createProfile('A');
    if (!a.ok) throw new Error('profile');
    await store.append(a.profile.id, 'commute', '1.0.0', [entered('intro'), entered('pre-bus')]);
    await store.pin.set('2468');
    await store.deleteAll();
    expect(await store.profiles()).toEqual([]);
    expect(await store.events()).toEqual([]);
    expect(await store.summaries()).toEqual([]);
    expect(await store.pin.check('2468')).toBe(true);
    await store.append('p', 'commute', '1.0.0', [entered('intro')]);
    expect((await store.events())[0]!.seq).toBe(3); // seqs are never reused
  });
});

describe('the teacher\'s PIN (a convenience lock)', () => {
  it('is stored salted and hashed, and checked', async () => {
    const store = await fresh();
    expect(await store.pin.isSet()).toBe(false);
    expect(await store.pin.check('1234')).toBe(false);
    expect(await store.pin.set('12')).toBe('length');
    expect(await store.pin.set('12a4')).toBe('digits');
    expect(await store.pin.set('1234')).toBeNull();
    expect(await store.pin.isSet()).toBe(true);
    expect(await store.pin.check('1234')).toBe(true);
    expect(await store.pin.check('1235')).toBe(false);
  });

  it('a forgotten PIN is reset only together with the data', async () => {
    const store = await fresh();
    await store.pin.set('1234');
    await store.append('p', 'commute', '1.0.0', [entered('intro')]);
    await store.pin.resetWithData();
    expect(await store.pin.isSet()).toBe(false);
    expect(await store.events()).toEqual([]);
  });
});

describe('persistent storage', () => {
  it('reports granted, refused or unavailable plainly', async () => {
    expect(await requestPersistence(undefined)).toBe('unavailable');
    expect(await requestPersistence({ persisted: async () => true, persist: async () => false })).toBe('granted');
    expect(await requestPersistence({ persisted: async () => false, persist: async () => true })).toBe('granted');
    expect(await requestPersistence({ persisted: async () => false, persist: async () => false })).toBe('refused');
    expect(await requestPersistence({ persisted: () => Promise.reject(new Error('insecure')), persist: async () => true })).toBe('unavailable');
  });

  it('hints at a private window from a small quota', async () => {
    const m = (quota: number) => ({ persisted: async () => false, persist: async () => false, estimate: async () => ({ usage: 1, quota }) });
    expect(await storageInfo(m(100 * 2 ** 20))).toEqual({ usageBytes: 1, quotaBytes: 100 * 2 ** 20, maybePrivate: true });
    expect((await storageInfo(m(50 * 2 ** 30)))!.maybePrivate).toBe(false);
    expect(await storageInfo(undefined)).toBeNull();
  });
});
