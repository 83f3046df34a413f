/**
 * The classroom hub's protocol: what the laptop's hub (src/hub, Node) and the pages (src/classroom,
 * browser) say to each other. Pure types and constants: no Node, no DOM.
 *
 * Transport: Socket.IO 4 on the page's own origin and port (path /socket.io/), so a headset that
 * accepted the laptop's certificate for https reaches it as wss. Every page→hub message is sent
 * with an acknowledgement and answered with a Reply: `{ ok: true, …result }` or
 * `{ ok: false, code, message }` (codes below). The first message on a socket is `hello`.
 *
 * A student's page (role 'device'):
 *   hello    HelloDevice               → { cursor, state, now }  the socket is bound to that device id
 *   events   { after, sentAt, batch }  → { cursor, stored, skipped }
 *            batch: this device's events with seq > after, in seq order (≤ LIMITS.batch). The hub
 *            stores them on disk (fsync) before it answers; `cursor` is the highest seq it holds
 *            for the device; a page sends what is past it, after every write and every reconnect.
 *            `after` above the hub's cursor is answered `gap` with the hub's cursor: send from there.
 *   profiles { profiles }              → {}   this device's nicknames (also in hello)
 *   announce Announce                  → {}   "I am on lesson X, step n of N" (presence)
 *   hand     { up }                    → {}
 *   forget   { profileId }             → {}   "delete my data" for a profile made on this device
 *   probe    {}                        → {}   is this socket alive? (after the page wakes up)
 *   hub → page: state ConductState (when what holds for this device changes), hand { up: false }
 *   (the teacher lowered it), resync (say hello again: the class log was cleared), problem Problem
 *   (a refusal of a message sent without an acknowledgement, or a rate warning).
 *
 * The teacher's desk (role 'desk', needs the teacher secret):
 *   hello    HelloDesk                 → { snapshot: DeskSnapshot }
 *   read     { since? }                → {}   then `class-events` (each acknowledged by the desk):
 *            the stored events past `since` (per device seq), then every new one as it is stored
 *   command  { target, set }           → {}   conducting is state, not a queue (see ConductState)
 *   group    { name, deviceIds }       → {}   a named set of devices (empty: remove the group)
 *   lower-hand { deviceId }            → {}
 *   forget   { profileId }             → {}   one student's data; forget-all {} → {} the whole class log
 *   export-token {}                    → { token }  one download: GET /hub/export/<kind>?token=…
 *   hub → desk: presence, pledges, conduct, class-events, forgotten, cleared (shapes below).
 *
 * HTTP on the same origin: GET /hub/teacher-secret answers only requests from this machine
 * (loopback); GET /hub/export/{csv,xapi,native}[?lesson=ID][&lang=ko|en] with `?token=` or
 * `Authorization: Bearer <secret>` streams a class-wide export from the hub's disk log.
 */
import type { AgeBand, Language } from '../lesson/constants.ts';
import type { PledgeChoice } from '../runner/types.ts';
import type { Profile, ProgressEvent } from '../progress/types.ts';

export const PROTOCOL_VERSION = 1;
export const SECRET_PATH = '/hub/teacher-secret';
export const EXPORT_PATH = '/hub/export/';
export type ExportKind = 'csv' | 'xapi' | 'native';

/** Why the hub refused a message. Each has a sentence in src/classroom (Korean and English). */
export const PROBLEM_CODES = [
  'bad-message', 'no-hello', 'not-teacher', 'bad-secret', 'forged-device', 'rate', 'batch-too-large',
  'storage-full', 'gap', 'not-yours', 'unknown-message', 'server',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];
export interface Problem { code: ProblemCode; message: string; retryInMs?: number }

export type Reply<T extends object = object> = ({ ok: true } & T) | ({ ok: false } & Problem & { cursor?: number });
export type Ack<T extends object = object> = (reply: Reply<T>) => void;

/** What a page says about itself, beside the events it sends. Times are the device's clock (ms). */
export interface Announce {
  profileId: string | null;
  lessonId: string | null;
  lang: Language | null;
  course: AgeBand | null;
  stepId: string | null;
  /** Step n of N as the student sees it (1-based; visible steps of their course). */
  stepN: number | null;
  stepCount: number | null;
  finished: boolean;
  /** When the student entered this step (device clock, ms), and when this was sent. */
  stepSince: number | null;
  sentAt: number;
}

export interface HelloDevice { v: number; role: 'device'; deviceId: string; profiles: Profile[]; announce: Announce | null; hand: boolean }
export interface HelloDesk { v: number; role: 'desk'; secret: string }
export interface EventsMessage { after: number; sentAt: number; batch: ProgressEvent[] }

export interface LessonTarget { id: string; lang: Language; course: AgeBand }
/** Teacher-paced: students of that lesson cannot go past `stepId`; Back and finished steps still work. */
export type Pace = { mode: 'self' } | { mode: 'teacher'; lessonId: string; stepId: string };
/** What holds now for a device. A device that (re)connects gets this, never a replay of commands. */
export interface ConductState { paused: boolean; lesson: LessonTarget | null; pace: Pace }
export const FREE: ConductState = { paused: false, lesson: null, pace: { mode: 'self' } };
export type ConductPatch = { [K in keyof ConductState]?: ConductState[K] };
export type Target = { kind: 'class' } | { kind: 'group'; name: string } | { kind: 'device'; deviceId: string };
/** `set: null` removes a group's or device's own settings (for the class: back to FREE). */
export interface CommandMessage { target: Target; set: ConductPatch | null }

/** Each key remembers the command that set it (`rev`): for a device the latest one that reaches it wins. */
export type Layer = { [K in keyof ConductState]?: { value: ConductState[K]; rev: number } };
export interface ConductLayers { rev: number; cls: Layer; groups: Record<string, { deviceIds: string[]; layer: Layer }>; devices: Record<string, Layer> }

/**
 * What holds from these layers, lowest first: per setting, the latest command (highest `rev`) among
 * them, else FREE. The one rule, for the hub deciding a device's state and the desk showing a target's.
 */
export function latestOf(layers: readonly Layer[]): ConductState {
  const out = { ...FREE } as Record<keyof ConductState, unknown>;
  for (const k of Object.keys(FREE) as (keyof ConductState)[]) {
    let best = 0;
    for (const layer of layers) {
      const s = layer[k];
      if (s && s.rev > best) {
        best = s.rev;
        out[k] = s.value;
      }
    }
  }
  return out as unknown as ConductState;
}

export type StuckReason = { kind: 'slow'; stepId: string; onStepMs: number; medianMs: number } | { kind: 'quiz-failed'; stepId: string };

/** One device on the desk. Times are the hub's clock (ms); the desk core turns them into its own. */
export interface DevicePresence {
  deviceId: string;
  profileId: string | null;
  nickname: string | null;
  lessonId: string | null;
  lang: Language | null;
  course: AgeBand | null;
  stepId: string | null;
  stepN: number | null;
  stepCount: number | null;
  stepSince: number | null;
  finished: boolean;
  online: boolean;
  /** Online or offline since. */
  since: number;
  hand: boolean;
  handSince: number | null;
  stuck: StuckReason[];
  state: ConductState;
}

export interface PledgeCount { stepId: string; key: string; choice: PledgeChoice; count: number; nicknames: string[] }
export interface PledgesMessage { lessonId: string; entries: PledgeCount[] }
export interface PresenceMessage { now: number; devices: DevicePresence[] }
export interface DeskSnapshot { now: number; devices: DevicePresence[]; pledges: PledgesMessage[]; conduct: ConductLayers; profiles: Profile[] }
export interface ClassEvents { events: ProgressEvent[]; profiles: Profile[]; live: boolean }
