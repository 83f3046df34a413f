import { createReadStream } from 'node:fs';
import { open, rename } from 'node:fs/promises';
import { dirname } from 'node:path';

/** fsync of a folder, so a rename in it survives a power cut (Windows cannot open folders: skipped). */
export async function syncDir(dir: string): Promise<void> {
  const fh = await open(dir, 'r').catch(() => null);
  if (!fh) return;
  await fh.sync().catch(() => undefined);
  await fh.close();
}

/** Replaces a file's content at once: a crash leaves the old file or the new one, never half of one. */
export async function writeAtomic(path: string, chunks: Iterable<string> | AsyncIterable<string>, mode = 0o644): Promise<number> {
  const tmp = `${path}.tmp`;
  const fh = await open(tmp, 'w', mode);
  let bytes = 0;
  try {
    let buffered: string[] = [];
    let size = 0;
    for await (const chunk of chunks) {
      buffered.push(chunk);
      size += chunk.length;
      if (size < 1 << 20) continue;
      const text = buffered.join('');
      await fh.writeFile(text);
      bytes += Buffer.byteLength(text);
      buffered = [];
      size = 0;
    }
    const text = buffered.join('');
    await fh.writeFile(text);
    bytes += Buffer.byteLength(text);
    await fh.sync();
  } finally {
    await fh.close();
  }
  await rename(tmp, path);
  await syncDir(dirname(path));
  return bytes;
}

export interface LinesRead {
  /** Bytes up to the end of the last complete line: what follows is a torn write. */
  goodBytes: number;
  torn: boolean;
}

/**
 * Each complete line of a file, as text (split on bytes, so a character is never cut), read up to
 * `end` bytes. Missing file: no lines.
 */
export async function* lines(path: string, end = Infinity): AsyncGenerator<string, LinesRead> {
  let rest: Buffer = Buffer.alloc(0);
  let goodBytes = 0;
  // An empty log (a desk's read before any headset wrote): `end: -1` would throw.
  if (end <= 0) return { goodBytes, torn: false };
  const stream = createReadStream(path, end === Infinity ? {} : { end: end - 1 });
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      const buf = rest.length ? Buffer.concat([rest, chunk]) : chunk;
      let from = 0;
      for (let nl = buf.indexOf(10, from); nl >= 0; nl = buf.indexOf(10, from)) {
        yield buf.toString('utf8', from, nl);
        goodBytes += nl + 1 - from;
        from = nl + 1;
      }
      rest = buf.subarray(from);
    }
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  return { goodBytes, torn: rest.length > 0 };
}

/** Runs a generator to its end, returning what it returns. */
export async function drain<T, R>(gen: AsyncGenerator<T, R>, each: (item: T) => void): Promise<R> {
  for (;;) {
    const r = await gen.next();
    if (r.done) return r.value;
    each(r.value);
  }
}
