/// <reference lib="webworker" />
// The progress worker: the teacher's exports and imports, off the page's main thread, so the desk
// stays responsive while hundreds of MB are read, written out or merged. It opens its own
// connection to the same database for each job (IndexedDB works in workers) and closes it after.
import { openProgressDb } from './db.ts';
import { exportNativeFrom, exportXapiFrom } from './exports.ts';
import { importText } from './import.ts';
import type { Job, Reply } from './worker-protocol.ts';

declare const self: DedicatedWorkerGlobalScope;

async function run(job: Job, onProgress: (fraction: number) => void): Promise<Blob | Awaited<ReturnType<typeof importText>>> {
  const db = await openProgressDb(job.name, () => {});
  try {
    if (job.kind === 'native') return await exportNativeFrom(db, job.deviceId, job.lessonId, new Date(job.now), onProgress);
    if (job.kind === 'xapi') return await exportXapiFrom(db, job.lessons, job.lessonId, job.opts, onProgress);
    return await importText(db, job.text, onProgress);
  } finally {
    db.close();
  }
}

self.onmessage = ({ data }: MessageEvent<{ id: number; job: Job }>) => {
  const { id, job } = data;
  const post = (reply: Reply) => self.postMessage(reply);
  run(job, (progress) => post({ id, progress })).then(
    (done) => post({ id, done }),
    (e: unknown) => post({ id, failed: { name: (e as Error)?.name ?? 'Error', message: (e as Error)?.message ?? String(e) } }),
  );
};
