import type { Profile } from '../progress/types.ts';
import { AppendLog } from './append-log.ts';

export const profileLine = (p: Profile): string =>
  `${JSON.stringify({ id: p.id, nickname: p.nickname, deviceId: p.deviceId, createdAt: p.createdAt })}\n`;

/** The class's nicknames (profiles.ndjson: appended when new or renamed; the last line of an id wins). */
export class ProfileBook {
  private byId = new Map<string, Profile>();
  private constructor(private log: AppendLog) {}

  static async open(path: string, forgotten: ReadonlySet<string>): Promise<ProfileBook> {
    const found = new Map<string, Profile>();
    const { log } = await AppendLog.open(path, (line) => {
      try {
        const p = JSON.parse(line) as Profile;
        if (!forgotten.has(p.id)) found.set(p.id, p);
      } catch {
        // a damaged line: skipped
      }
    });
    const book = new ProfileBook(log);
    book.byId = found;
    return book;
  }

  get(id: string): Profile | undefined { return this.byId.get(id); }
  all(): Profile[] { return [...this.byId.values()]; }

  /**
   * Stores a device's profiles that are new or renamed, durably; at most `max` per device.
   * Returns those stored and whether some did not fit.
   */
  async add(list: readonly Profile[], deviceId: string, max: number): Promise<{ changed: Profile[]; full: boolean }> {
    let count = 0;
    for (const p of this.byId.values()) if (p.deviceId === deviceId) count++;
    const changed: Profile[] = [];
    let full = false;
    for (const p of list) {
      const had = this.byId.get(p.id);
      if (had && (had.nickname === p.nickname || had.deviceId !== p.deviceId)) continue; // unchanged, or another device's
      if (!had && count >= max) { full = true; continue; }
      if (!had) count++;
      changed.push(p);
    }
    if (changed.length) await this.log.append(changed.map(profileLine).join(''));
    for (const p of changed) this.byId.set(p.id, p);
    return { changed, full };
  }

  async forget(gone: ReadonlySet<string>): Promise<void> {
    for (const id of gone) this.byId.delete(id);
    await this.log.rewrite((line) => !gone.has((JSON.parse(line) as Profile).id));
  }

  async clear(): Promise<void> {
    this.byId.clear();
    await this.log.rewrite(() => false);
  }

  close(): Promise<void> {
    return this.log.close();
  }
}
