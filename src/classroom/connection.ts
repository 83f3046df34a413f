import { io, type ManagerOptions, type Socket, type SocketOptions } from 'socket.io-client';

/**
 * - none: no hub has answered this page yet (a static host, or the laptop is not serving).
 * - connecting: the first try is under way.
 * - online: the hub acknowledged our hello.
 * - offline: was online; the library reconnects with backoff (0.5 s doubling to 5 s, ±50 %).
 */
export type Connection = { kind: 'none' } | { kind: 'connecting' } | { kind: 'online'; since: number } | { kind: 'offline'; since: number };

export type Connect = (opts: Partial<ManagerOptions & SocketOptions>) => Socket;

export const SOCKET_OPTIONS: Partial<ManagerOptions & SocketOptions> = {
  forceNew: true,
  reconnectionDelay: 500,
  reconnectionDelayMax: 5000,
  randomizationFactor: 0.5,
};

/** The page's own origin and port, the default path: the hub is in the server that served the page. */
export const sameOrigin: Connect = (opts) => io(opts);

/** After a drop: offline since the first moment it was lost; before any hello: none. */
export function lost(c: Connection, now: number): Connection {
  if (c.kind === 'online') return { kind: 'offline', since: now };
  return c.kind === 'connecting' ? { kind: 'none' } : c;
}

/**
 * The page's wake-ups after which an old socket is not to be trusted: shown again, resumed from
 * freeze (a headset taken off sleeps), back from the back/forward cache, network back.
 */
export interface PageLife {
  on(listener: () => void): () => void;
}

export function browserPageLife(): PageLife | null {
  if (typeof document === 'undefined' || typeof window === 'undefined') return null;
  return {
    on(listener) {
      const visible = () => { if (document.visibilityState === 'visible') listener(); };
      const shown = (e: PageTransitionEvent) => { if (e.persisted) listener(); };
      document.addEventListener('visibilitychange', visible);
      document.addEventListener('resume', listener);
      window.addEventListener('online', listener);
      window.addEventListener('pageshow', shown);
      return () => {
        document.removeEventListener('visibilitychange', visible);
        document.removeEventListener('resume', listener);
        window.removeEventListener('online', listener);
        window.removeEventListener('pageshow', shown);
      };
    },
  };
}

/** Asks the hub whether this socket still works; a socket that does not answer is made again. */
export async function revive(socket: Socket, timeoutMs = 3000): Promise<void> {
  if (socket.connected) {
    try {
      const r = (await socket.timeout(timeoutMs).emitWithAck('probe', {})) as { ok?: boolean };
      if (r.ok) return;
    } catch {
      // no answer: a dead connection the library has not noticed yet
    }
  }
  socket.disconnect();
  socket.connect();
}
