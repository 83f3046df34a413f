import type { ProgressEvent } from '../progress/types.ts';
import { FREE, type Announce, type ConductState, type DevicePresence } from './protocol.ts';

/**
 * Who is in the class now, per device: folded from what the device announces (lesson, step n of N)
 * and from the events it sends. Device clocks may be wrong, so each message's `sentAt` gives the
 * offset to the hub's clock; and what a device said later (by its own clock) wins over older
 * events that arrive after it (a backlog sent after a reconnect).
 */
export class PresenceBoard {
  private devices = new Map<string, DevicePresence>();
  /** The device-clock time of the newest thing each device said. */
  private latest = new Map<string, number>();
  private dirty = new Set<string>();

  get(deviceId: string): DevicePresence | undefined { return this.devices.get(deviceId); }
  all(): DevicePresence[] { return [...this.devices.values()]; }

  private touch(deviceId: string, now: number): DevicePresence {
    let p = this.devices.get(deviceId);
    if (!p) {
      p = { deviceId, profileId: null, nickname: null, lessonId: null, lang: null, course: null, stepId: null, stepN: null, stepCount: null, stepSince: null, finished: false, online: false, since: now, hand: false, handSince: null, stuck: [], state: FREE };
      this.devices.set(deviceId, p);
    }
    this.dirty.add(deviceId);
    return p;
  }

  online(deviceId: string, online: boolean, now: number): void {
    const p = this.touch(deviceId, now);
    if (p.online !== online) Object.assign(p, { online, since: now });
  }

  announce(deviceId: string, a: Announce, nickname: string | null, now: number): void {
    if (a.sentAt < (this.latest.get(deviceId) ?? -Infinity)) return;
    this.latest.set(deviceId, a.sentAt);
    const offset = now - a.sentAt;
    Object.assign(this.touch(deviceId, now), {
      profileId: a.profileId, nickname, lessonId: a.lessonId, lang: a.lang, course: a.course, stepId: a.stepId,
      stepN: a.stepN, stepCount: a.stepCount, finished: a.finished, stepSince: a.stepSince === null ? null : a.stepSince + offset,
    });
  }

  /** A device's stored events (seq order), sent at `sentAt` by its clock. */
  events(deviceId: string, events: readonly ProgressEvent[], sentAt: number, nickname: (profileId: string) => string | null, now: number): void {
    const offset = now - sentAt;
    for (const e of events) {
      const at = Date.parse(e.at);
      if (!(at >= (this.latest.get(deviceId) ?? -Infinity))) continue;
      this.latest.set(deviceId, at);
      const p = this.touch(deviceId, now);
      if (p.profileId !== e.profileId || p.lessonId !== e.lessonId) Object.assign(p, { profileId: e.profileId, nickname: nickname(e.profileId), lessonId: e.lessonId, stepId: null, stepN: null, stepCount: null, stepSince: null });
      const r = e.record;
      if (r.kind === 'lesson-started') Object.assign(p, { course: r.ageBand, finished: false });
      else if (r.kind === 'lesson-completed') p.finished = true;
      else if ((r.kind === 'step-entered' || r.kind === 'went-back') && r.stepId !== p.stepId) {
        // n of N comes with the page's next announce; until then the step is named without it.
        Object.assign(p, { stepId: r.stepId, stepSince: at + offset, stepN: null, stepCount: null });
      }
    }
  }

  hand(deviceId: string, up: boolean, now: number): void {
    const p = this.touch(deviceId, now);
    if (p.hand !== up) Object.assign(p, { hand: up, handSince: up ? now : null });
  }

  /** Sets a field computed elsewhere (stuck, conduct state); marks the device changed only if it did. */
  set(deviceId: string, patch: { stuck?: DevicePresence['stuck']; state?: ConductState; nickname?: string | null; profileId?: string | null }): void {
    const p = this.devices.get(deviceId);
    if (!p) return;
    for (const [k, v] of Object.entries(patch)) {
      if (JSON.stringify(p[k as keyof DevicePresence]) === JSON.stringify(v)) continue;
      (p as unknown as Record<string, unknown>)[k] = v;
      this.dirty.add(deviceId);
    }
  }

  /** The devices changed since the last call. */
  takeChanged(): DevicePresence[] {
    const out = [...this.dirty].flatMap((id) => this.devices.get(id) ?? []);
    this.dirty.clear();
    return out;
  }
}
