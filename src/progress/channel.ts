/** What one tab tells the others (and its own listeners) after a change to the progress data. */
export type ChangeMessage =
  | { type: 'appended'; profileId: string; lessonId: string; lastSeq: number }
  | { type: 'profiles' }
  | { type: 'deleted-profile'; profileId: string }
  | { type: 'deleted-all' }
  | { type: 'imported'; added: number };

export interface Channel {
  post(message: ChangeMessage): void;
  close(): void;
}

/** A BroadcastChannel to the other tabs of this app, or nothing where the browser has none. */
export function openChannel(name: string | null, onMessage: (m: ChangeMessage) => void): Channel {
  if (name === null || typeof BroadcastChannel === 'undefined') return { post() {}, close() {} };
  const channel = new BroadcastChannel(name);
  channel.onmessage = (ev: MessageEvent<ChangeMessage>) => onMessage(ev.data);
  return {
    post: (m) => channel.postMessage(m),
    close: () => channel.close(),
  };
}
