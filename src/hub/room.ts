import type { Server, Socket } from 'socket.io';
import type { Profile, ProgressEvent } from '../progress/types.ts';
import { command, setGroup, stateFor } from './conduct.ts';
import type { LessonFacts } from './lessons.ts';
import { PledgeWall } from './pledge-wall.ts';
import { PresenceBoard } from './presence.ts';
import type { ClassEvents, ConductLayers, ConductPatch, DeskSnapshot, PledgesMessage, Target } from './protocol.ts';
import { StepTimes, stuckOf } from './stuck.ts';

export const DESKS = 'desks';

/**
 * What the hub knows of the class beyond the log: presence, step times, the pledge wall and the
 * conducting layers, and what it tells the desks and devices about them. Changes go out together
 * after `FLUSH_MS` (well inside the desk's 1 s), stuck marks are re-read every `STUCK_MS`.
 */
export class Classroom {
  readonly presence = new PresenceBoard();
  readonly times = new StepTimes();
  readonly wall = new PledgeWall();
  private sockets = new Map<string, Set<Socket>>();
  private walls = new Set<string>();
  private timer: NodeJS.Timeout | null = null;
  private ticker: NodeJS.Timeout;
  /** Live events for desks still reading the backlog: sent after it, so each device's stay in seq order. */
  readonly catchingUp = new Map<Socket, ClassEvents[]>();

  constructor(private io: Server, private facts: LessonFacts, public conduct: ConductLayers, private nickname: (profileId: string) => Profile | undefined, private saveConduct: (c: ConductLayers) => Promise<unknown>, readonly now: () => number) {
    this.ticker = setInterval(() => this.restuck(), 5000);
    this.ticker.unref();
  }

  name = (profileId: string): string | null => this.nickname(profileId)?.nickname ?? null;

  /** Every stored event, in each device's seq order (the log read back at start included). */
  fold(events: readonly ProgressEvent[]): void {
    for (const e of events) {
      this.times.fold(e, this.facts.maxAttempts);
      const lesson = this.wall.fold(e, this.facts.pledgeMax);
      if (lesson) this.walls.add(lesson);
    }
    if (this.walls.size) this.later();
  }

  /** Events a device just stored: presence, and to the desks. */
  stored(deviceId: string, events: ProgressEvent[], sentAt: number): void {
    this.presence.events(deviceId, events, sentAt, this.name, this.now());
    this.restuck(deviceId);
    this.toDesks(events, []);
  }

  toDesks(events: ProgressEvent[], profiles: Profile[]): void {
    const ids = new Set(events.map((e) => e.profileId));
    const named = [...profiles, ...[...ids].flatMap((id) => this.nickname(id) ?? []).filter((p) => !profiles.includes(p))];
    const message: ClassEvents = { events, profiles: named, live: true };
    for (const socket of this.io.sockets.adapter.rooms.get(DESKS) ?? []) {
      const desk = this.io.sockets.sockets.get(socket);
      if (!desk) continue;
      const waiting = this.catchingUp.get(desk);
      if (waiting) waiting.push(message);
      else desk.emit('class-events', message);
    }
  }

  connected(deviceId: string, socket: Socket): void {
    let set = this.sockets.get(deviceId);
    if (!set) this.sockets.set(deviceId, (set = new Set()));
    set.add(socket);
    this.presence.online(deviceId, true, this.now());
    this.presence.set(deviceId, { state: stateFor(this.conduct, deviceId) });
    this.later();
  }

  disconnected(deviceId: string, socket: Socket): void {
    const set = this.sockets.get(deviceId);
    set?.delete(socket);
    if (set?.size) return;
    this.sockets.delete(deviceId);
    this.presence.online(deviceId, false, this.now());
    this.later();
  }

  toDevice(deviceId: string, name: string, payload: unknown): void {
    for (const s of this.sockets.get(deviceId) ?? []) s.emit(name, payload);
  }

  /** A command or a group change: stored, then each device whose state changed is told. */
  async steer(change: { target: Target; set: ConductPatch | null } | { group: string; deviceIds: string[] }): Promise<void> {
    const before = new Map([...this.sockets.keys()].map((id) => [id, JSON.stringify(stateFor(this.conduct, id))]));
    this.conduct = 'group' in change ? setGroup(this.conduct, change.group, change.deviceIds) : command(this.conduct, change.target, change.set);
    await this.saveConduct(this.conduct);
    for (const p of this.presence.all()) this.presence.set(p.deviceId, { state: stateFor(this.conduct, p.deviceId) });
    for (const [id, was] of before) {
      const now = stateFor(this.conduct, id);
      if (JSON.stringify(now) !== was) this.toDevice(id, 'state', now);
    }
    this.io.to(DESKS).emit('conduct', this.conduct);
    this.later();
  }

  forgot(profileId: string): void {
    this.times.forget(profileId);
    for (const lesson of this.wall.forget(profileId)) this.walls.add(lesson);
    for (const p of this.presence.all()) if (p.profileId === profileId) this.presence.set(p.deviceId, { profileId: null, nickname: null });
    this.io.to(DESKS).emit('forgotten', { profileId });
    this.later();
  }

  cleared(): void {
    for (const lesson of this.wall.lessonIds()) this.walls.add(lesson);
    this.times.clear();
    this.wall.clear();
    this.io.to(DESKS).emit('cleared', {});
    for (const id of this.sockets.keys()) this.toDevice(id, 'resync', {});
    this.later();
  }

  /** Re-reads stuck marks (of one device, or of every online one). */
  restuck(deviceId?: string): void {
    const now = this.now();
    const ids = deviceId ? [deviceId] : [...this.sockets.keys()];
    for (const id of ids) {
      const p = this.presence.get(id);
      if (p) this.presence.set(id, { stuck: stuckOf(p, (l, s) => this.times.samples(l, s), this.times.failedOf(p.profileId, p.lessonId), now) });
    }
    this.later();
  }

  pledges(lessonId: string): PledgesMessage {
    return { lessonId, entries: this.wall.entries(lessonId, this.name) };
  }

  snapshot(profiles: Profile[]): DeskSnapshot {
    return { now: this.now(), devices: this.presence.all(), pledges: this.wall.lessonIds().map((id) => this.pledges(id)), conduct: this.conduct, profiles };
  }

  /** Presence changed elsewhere (a hand): send it with the next flush. */
  changed(): void {
    this.later();
  }

  /** Sends what changed, once per FLUSH_MS at most. */
  private later(): void {
    this.timer ??= setTimeout(() => this.flush(), FLUSH_MS);
  }

  private flush(): void {
    this.timer = null;
    const devices = this.presence.takeChanged();
    if (devices.length) this.io.to(DESKS).emit('presence', { now: this.now(), devices });
    for (const lesson of this.walls) this.io.to(DESKS).emit('pledges', this.pledges(lesson));
    this.walls.clear();
  }

  close(): void {
    clearInterval(this.ticker);
    if (this.timer) clearTimeout(this.timer);
  }
}

const FLUSH_MS = 50;
