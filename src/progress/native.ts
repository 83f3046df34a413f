import { z } from './zod.ts';
import type { Profile, ProgressEvent } from './types.ts';
import { NATIVE_FORMAT, NATIVE_VERSION } from './native-format.ts';

export { NATIVE_FORMAT, NATIVE_VERSION };
import { EventSchema, ProfileSchema } from './validate.ts';

/**
 * The native export: the raw log and the profiles it names, for merging many headsets into the
 * teacher's laptop. Versioned apart from the database: a newer file gets a plain sentence, not a crash.
 */

/** The file's shape (written by exports.ts in parts, read by `parseNative`). */
export interface NativeExport {
  format: typeof NATIVE_FORMAT;
  version: typeof NATIVE_VERSION;
  exportedAt: string;
  deviceId: string;
  profiles: Profile[];
  events: ProgressEvent[];
}

/** Why a file could not be imported; the desk shows `teacher:import_<problem>`. */
export type ImportProblem = 'json' | 'not-progress' | 'too-new' | 'shape';

export type Parsed =
  | { ok: true; profiles: Profile[]; events: ProgressEvent[]; invalid: number; details: string[] }
  | { ok: false; problem: ImportProblem; details: string[] };

const Envelope = z.looseObject({ format: z.literal(NATIVE_FORMAT), version: z.int().min(1), profiles: z.array(z.unknown()), events: z.array(z.unknown()) });

/**
 * Reads an exported file's text. JSON.parse only: nothing in the file is ever run. Each event and
 * profile is checked on its own; a bad one is skipped and counted, the rest are kept.
 */
export function parseNative(text: string): Parsed {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, problem: 'json', details: [(e as Error).message] };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== NATIVE_FORMAT) return { ok: false, problem: 'not-progress', details: [] };
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > NATIVE_VERSION) return { ok: false, problem: 'too-new', details: [`version ${version}`] };
  const env = Envelope.safeParse(data);
  if (!env.success) return { ok: false, problem: 'shape', details: env.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`) };
  const details: string[] = [];
  let invalid = 0;
  const keep = <T>(schema: z.ZodType<T>, items: unknown[], what: string): T[] =>
    items.flatMap((item, i) => {
      const r = schema.safeParse(item);
      if (r.success) return [r.data];
      invalid++;
      if (details.length < 10) details.push(`${what}[${i}].${r.error.issues[0]?.path.join('.')}: ${r.error.issues[0]?.message}`);
      return [];
    });
  const profiles = keep(ProfileSchema, env.data.profiles, 'profiles');
  const events = keep(EventSchema, env.data.events, 'events');
  return { ok: true, profiles, events, invalid, details };
}
