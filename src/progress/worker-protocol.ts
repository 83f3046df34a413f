import type { Lesson } from '../lesson/schema.ts';
import type { ImportResult } from './import.ts';
import type { XapiOptions } from './xapi.ts';

/** What the desk asks the progress worker (worker.ts) to do, on the database named `name`. */
export type Job =
  | { kind: 'native'; name: string; deviceId: string; lessonId?: string; now: string }
  | { kind: 'xapi'; name: string; lessons: readonly Lesson[]; lessonId?: string; opts: XapiOptions }
  | { kind: 'import'; name: string; text: string };

export type JobResult<J extends Job> = J extends { kind: 'import' } ? ImportResult : Blob;

/** The worker's messages: progress (0…1) while a job runs, then its result or why it failed. */
export type Reply =
  | { id: number; progress: number }
  | { id: number; done: Blob | ImportResult }
  | { id: number; failed: { name: string; message: string } };
