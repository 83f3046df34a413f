import { hubHere } from './classroomState.ts';

let joined = false;

/**
 * Joins the class when this page was served by the laptop's server (its /classroom.json says `hub:
 * true`); a static host's built file says nothing and a file:// page cannot fetch it, so both stay as
 * they are. Once per page; the sync code (socket.io-client) is fetched only then. Its own module, so
 * nothing the sync imports imports it back. With
 * the network off it waits for it to come back.
 */
export function joinClassroom(): void {
  if (joined) return;
  // With the network off, ask when it comes back (a headset that opened the cached app before its Wi-Fi).
  if (navigator.onLine === false) return void addEventListener('online', joinClassroom, { once: true });
  joined = true;
  void hubHere().then((yes) => (yes ? import('./classroomSync.ts').then((m) => m.startClassroom()) : undefined)).catch(() => undefined);
}
