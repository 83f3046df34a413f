import type { Persistence } from './types.ts';

type StorageManagerLike = Pick<StorageManager, 'persist' | 'persisted'> & Partial<Pick<StorageManager, 'estimate'>>;

function manager(): StorageManagerLike | undefined {
  return typeof navigator === 'undefined' ? undefined : (navigator.storage as StorageManagerLike | undefined);
}

/**
 * Asks the browser not to evict this site's data under storage pressure. Chromium decides by
 * heuristics (installed app, bookmarks, engagement) and may refuse silently; Firefox may ask the user.
 * - granted: the browser will keep progress until the user clears it.
 * - refused: progress may be removed when the device runs low on space (or at the end of a private window).
 * - unavailable: this browser cannot be asked (old browser, insecure http page).
 */
export async function requestPersistence(storage: StorageManagerLike | undefined = manager()): Promise<Persistence> {
  if (!storage?.persist || !storage.persisted) return 'unavailable';
  try {
    if (await storage.persisted()) return 'granted';
    return (await storage.persist()) ? 'granted' : 'refused';
  } catch {
    return 'unavailable';
  }
}

export interface StorageInfo {
  usageBytes: number;
  quotaBytes: number;
  /**
   * A small quota hints at a private window, whose storage is kept in memory and capped (Chromium's
   * incognito quota is a fraction of memory, typically ≈100 MB–1 GB, not of disk). A hint only.
   */
  maybePrivate: boolean;
}

export async function storageInfo(storage: StorageManagerLike | undefined = manager()): Promise<StorageInfo | null> {
  if (!storage?.estimate) return null;
  try {
    const { usage = 0, quota = 0 } = await storage.estimate();
    return { usageBytes: usage, quotaBytes: quota, maybePrivate: quota > 0 && quota < 512 * 1024 * 1024 };
  } catch {
    return null;
  }
}
