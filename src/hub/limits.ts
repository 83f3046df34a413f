/**
 * What one socket or device may send the hub. A real class is ~30 headsets; these leave a
 * well-behaved page far inside them and stop one page from filling the laptop's disk or memory.
 */
export interface Limits {
  /** Bytes in one Socket.IO message (its maxHttpBufferSize): larger ones close that connection. */
  messageBytes: number;
  /** Events in one `events` message. A page sends ≤ 100 (a lesson is ~40–150 events). */
  batch: number;
  /** Messages per socket: a bucket of `burst` tokens refilled at `perSecond`. */
  burst: number;
  perSecond: number;
  /** Stored per device: 30 students × 20 lessons × ~150 events is 90,000. */
  deviceEvents: number;
  deviceBytes: number;
  /** Nicknames per device. */
  deviceProfiles: number;
}

export const LIMITS: Limits = {
  messageBytes: 1_000_000,
  batch: 200,
  burst: 60,
  perSecond: 30,
  deviceEvents: 200_000,
  deviceBytes: 64 * 2 ** 20,
  deviceProfiles: 500,
};

/** A token bucket: `take()` is false while the socket is over its rate; `retryInMs` says for how long. */
export function tokenBucket(burst: number, perSecond: number, now: () => number = Date.now) {
  let tokens = burst;
  let at = now();
  const refill = () => {
    const t = now();
    tokens = Math.min(burst, tokens + ((t - at) / 1000) * perSecond);
    at = t;
  };
  return {
    take(): boolean {
      refill();
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
    retryInMs(): number {
      refill();
      return tokens >= 1 ? 0 : Math.ceil(((1 - tokens) / perSecond) * 1000);
    },
  };
}
