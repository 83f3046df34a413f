import { open, type FileHandle } from 'node:fs/promises';
import { drain, lines, writeAtomic } from './files.ts';

interface Waiting { text: string; resolve: () => void; reject: (e: unknown) => void }

/**
 * An append-only file of lines, flushed to the disk (fdatasync) before `append` resolves. Appends that
 * arrive while a flush runs go out together in the next one (group commit: 40 headsets cost one
 * fsync per round, not 40). Rewrites (`rewrite`, `clear`) run between flushes, atomically.
 */
export class AppendLog {
  private pending: Waiting[] = [];
  private scheduled = false;
  private tail: Promise<unknown> = Promise.resolve();

  private constructor(readonly path: string, private fh: FileHandle, public size: number) {}

  /**
   * Opens the file (made if missing), handing every complete line to `onLine` in order. A torn last
   * line (the process was killed mid-write) is cut off the file: it was never acknowledged.
   */
  static async open(path: string, onLine: (line: string) => void): Promise<{ log: AppendLog; torn: boolean }> {
    const { goodBytes, torn } = await drain(lines(path), onLine);
    const fh = await open(path, 'a');
    if (torn) {
      await fh.truncate(goodBytes);
      await fh.sync();
    }
    return { log: new AppendLog(path, fh, goodBytes), torn };
  }

  /** Appends lines (each ending with "\n"); resolves once they are on the disk. */
  append(text: string): Promise<void> {
    return new Promise((resolve, reject) => {
      this.pending.push({ text, resolve, reject });
      if (this.scheduled) return;
      this.scheduled = true;
      this.tail = this.tail.then(() => this.flush());
    });
  }

  private async flush(): Promise<void> {
    this.scheduled = false;
    const batch = this.pending;
    this.pending = [];
    const text = batch.map((w) => w.text).join('');
    try {
      await this.fh.writeFile(text);
      await this.fh.datasync();
      this.size += Buffer.byteLength(text);
      for (const w of batch) w.resolve();
    } catch (e) {
      // A full disk may leave half a write: cut it, so the next append starts on a line of its own.
      await this.fh.truncate(this.size).catch(() => undefined);
      for (const w of batch) w.reject(e);
    }
  }

  /** Runs `job` with no flush under way (appends made meanwhile wait for it). */
  exclusive<T>(job: () => Promise<T>): Promise<T> {
    const run = this.tail.then(job);
    this.tail = run.catch(() => undefined);
    return run;
  }

  /** Keeps only the lines `keep` accepts: a new file written beside, synced, then renamed over this one. */
  rewrite(keep: (line: string) => boolean): Promise<void> {
    return this.exclusive(async () => {
      const path = this.path;
      async function* kept() {
        for await (const line of lines(path)) if (keep(line)) yield `${line}\n`;
      }
      await this.fh.close();
      try {
        this.size = await writeAtomic(path, kept());
      } finally {
        this.fh = await open(path, 'a');
      }
    });
  }

  /** Waits for every append made so far. */
  settled(): Promise<unknown> {
    return this.exclusive(async () => undefined);
  }

  async close(): Promise<void> {
    await this.settled();
    await this.fh.close();
  }
}
