/**
 * The teacher's PIN: a convenience lock that keeps students from opening the desk by accident. It is
 * not security: anyone with the device's developer tools can read or delete the data, and a short PIN
 * is guessed quickly. Stored as a salted SHA-256 hash so it is not shown in plain text.
 */
import type { TeacherPin } from './schema.ts';

export const PIN_MIN = 4;
export const PIN_MAX = 8;

export type PinProblem = 'length' | 'digits';

export function checkPinFormat(pin: string): PinProblem | null {
  if (!/^\d*$/.test(pin)) return 'digits';
  if (pin.length < PIN_MIN || pin.length > PIN_MAX) return 'length';
  return null;
}

const hex = (bytes: ArrayBuffer | Uint8Array): string =>
  [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');

async function digest(salt: string, pin: string): Promise<string> {
  const bytes = new TextEncoder().encode(`${salt}:${pin}`);
  // WebCrypto is only on secure pages; the same hash is computed here on a plain-http page (loaded
  // only there, so the students' first frame does not carry it).
  return hex(crypto.subtle ? await crypto.subtle.digest('SHA-256', bytes) : (await import('./sha256.ts')).sha256(bytes));
}

export async function hashPin(pin: string): Promise<TeacherPin> {
  const salt = hex(crypto.getRandomValues(new Uint8Array(16)));
  return { salt, hash: await digest(salt, pin) };
}

export async function pinMatches(pin: string, stored: TeacherPin): Promise<boolean> {
  const got = await digest(stored.salt, pin);
  // Constant-time compare: cheap, though the lock is a convenience only.
  let diff = got.length ^ stored.hash.length;
  for (let i = 0; i < got.length; i++) diff |= got.charCodeAt(i) ^ (stored.hash.charCodeAt(i) || 0);
  return diff === 0;
}
