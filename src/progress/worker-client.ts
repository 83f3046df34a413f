import type { OnProgress } from './merge.ts';
import type { Job, JobResult, Reply } from './worker-protocol.ts';

/** Said when no worker could run the job (none in this environment, or it failed to load): run it here. */
export const NO_WORKER = Symbol('no worker');

let worker: Worker | null | undefined;
let nextId = 0;
const waiting = new Map<number, { resolve(v: unknown): void; reject(e: unknown): void; onProgress?: OnProgress }>();

function start(): Worker | null {
  if (worker !== undefined) return worker;
  if (typeof Worker !== 'function') return (worker = null);
  try {
    worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'climatexr-progress' });
  } catch {
    return (worker = null);
  }
  worker.onmessage = ({ data }: MessageEvent<Reply>) => {
    const w = waiting.get(data.id);
    if (!w) return;
    if ('progress' in data) return void w.onProgress?.(data.progress);
    waiting.delete(data.id);
    if ('done' in data) w.resolve(data.done);
    else w.reject(Object.assign(new Error(data.failed.message), { name: data.failed.name }));
  };
  // The worker could not load or died: its jobs (one transaction each, all or nothing) run here instead.
  worker.onerror = (e) => {
    e.preventDefault();
    worker?.terminate();
    worker = null;
    for (const w of waiting.values()) w.resolve(NO_WORKER);
    waiting.clear();
  };
  return worker;
}

/** Starts the progress worker ahead of its first job (it loads the export and import code), where one can run. */
export function warmWorker(): void {
  start();
}

/** Runs a job in the progress worker (worker.ts); NO_WORKER when there is none, so the caller runs it itself. */
export function offThread<J extends Job>(job: J, onProgress?: OnProgress): Promise<JobResult<J> | typeof NO_WORKER> {
  const w = start();
  if (!w) return Promise.resolve(NO_WORKER);
  const id = ++nextId;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve: resolve as (v: unknown) => void, reject, ...(onProgress ? { onProgress } : {}) });
    try {
      w.postMessage({ id, job });
    } catch {
      // Something in the job cannot be cloned (a lesson with a function in it): run it here.
      waiting.delete(id);
      resolve(NO_WORKER);
    }
  });
}
