import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Persistence } from '../../src/progress/index.ts';

const MB = 1024 * 1024;

/** A fresh copy of the app's progress module (it opens one store per page) on a browser with this storage. */
async function pickWith(storage: { quota: number; persisted?: boolean; persist?: boolean }) {
  vi.resetModules();
  const session = new Map<string, string>();
  vi.stubGlobal('sessionStorage', { getItem: (k: string) => session.get(k) ?? null, setItem: (k: string, v: string) => session.set(k, v), removeItem: (k: string) => session.delete(k) });
  vi.stubGlobal('navigator', {
    storage: {
      persisted: async () => storage.persisted ?? false,
      persist: async () => storage.persist ?? false,
      estimate: async () => ({ usage: 0, quota: storage.quota }),
    },
  });
  const app = await import('../../src/app/progressLog.ts');
  const store = await app.progressLog();
  const made = await store.createProfile(`별${Math.random().toString(36).slice(2, 6)}`);
  if (!made.ok) throw new Error(made.problem);
  await app.selectProfile(made.profile);
  return app.profileStore.getState();
}

afterEach(() => vi.unstubAllGlobals());

describe('the "looks like a private window" hint', () => {
  it('shows when the quota is small and the browser would not promise to keep the data (Chromium incognito)', async () => {
    const s = await pickWith({ quota: 100 * MB });
    expect(s.persistence).toBe('refused');
    expect(s.maybePrivate).toBe(true);
  });

  it('does not show in a normal profile (a share of the disk) or where storage was promised', async () => {
    expect((await pickWith({ quota: 10 * 1024 * MB })).maybePrivate).toBe(false);
    expect((await pickWith({ quota: 100 * MB, persisted: true })).maybePrivate).toBe(false);
  });

  it('decides from storageInfo and persistence alone', async () => {
    const { privateHint } = await import('../../src/app/progressLog.ts');
    const info = (quota: number) => ({ usageBytes: 0, quotaBytes: quota, maybePrivate: quota > 0 && quota < 512 * MB });
    const cases: [Persistence, ReturnType<typeof info> | null, boolean][] = [
      ['refused', info(100 * MB), true],
      ['unavailable', info(300 * MB), true],
      ['granted', info(100 * MB), false],
      ['refused', info(60 * 1024 * MB), false],
      ['refused', null, false], // no estimate() (old browser): say nothing rather than guess
    ];
    for (const [p, i, want] of cases) expect(privateHint(p, i), `${p} ${i?.quotaBytes}`).toBe(want);
  });
});
