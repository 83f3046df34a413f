import { createStore } from 'zustand/vanilla';
import { sharedProgressStore, type Persistence, type Profile, type ProgressStore, type StorageInfo } from '../progress/index.ts';
import { setRecorder } from './store.ts';

/** What the screens need of the progress log, through the app. */
export { NICKNAME_MAX } from '../progress/index.ts';
export type { NicknameProblem, Persistence, Profile, ProgressStore, SaveState, SaveStatus } from '../progress/index.ts';

/**
 * Who is playing on this device right now, whether the browser promised to keep their progress, and
 * whether this looks like a private window (whose storage is deleted when it closes).
 */
export const profileStore = createStore<{ profile: Profile | null; persistence: Persistence | null; maybePrivate: boolean }>(() => ({
  profile: null,
  persistence: null,
  maybePrivate: false,
}));

/**
 * Whether to tell the student "this looks like a private window". The quota test is storageInfo's
 * (src/progress/persistence.ts: under 512 MB, where Chromium's in-memory incognito quota falls; a
 * normal profile gets a share of the disk). A browser that promised to keep the data is not a private
 * window, whatever its quota, so 'granted' never shows the hint.
 */
export function privateHint(persistence: Persistence, info: StorageInfo | null): boolean {
  return persistence !== 'granted' && info?.maybePrivate === true;
}

const SESSION_KEY = 'climatexr.profile';
let instance: Promise<ProgressStore> | null = null;

/**
 * The progress log, opened once per page. Every 'record' effect of the runner is appended for the
 * current profile, in order; the log queues in memory at once, so nothing waits for the disk.
 */
export function progressLog(): Promise<ProgressStore> {
  instance ??= sharedProgressStore().then(async (store) => {
    setRecorder((lesson, records) => {
      const profile = profileStore.getState().profile;
      if (profile) void store.append(profile.id, lesson.id, lesson.version, records);
    });
    // The nickname picked in this tab survives a reload (not a new browser session: shared devices).
    const id = sessionStorage.getItem(SESSION_KEY);
    if (id) {
      const profile = (await store.profiles()).find((p) => p.id === id);
      if (profile) profileStore.setState({ profile });
    }
    return store;
  });
  return instance;
}

export async function selectProfile(profile: Profile | null): Promise<void> {
  profileStore.setState({ profile });
  try {
    if (profile) sessionStorage.setItem(SESSION_KEY, profile.id);
    else sessionStorage.removeItem(SESSION_KEY);
  } catch {
    // storage refused: the pick lasts until the page closes
  }
  if (profile && profileStore.getState().persistence === null) {
    const store = await progressLog();
    const [persistence, info] = await Promise.all([store.requestPersistence(), store.storageInfo().catch(() => null)]);
    profileStore.setState({ persistence, maybePrivate: privateHint(persistence, info) });
  }
}
