import { randomInt, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeAtomic } from './files.ts';

/**
 * The teacher secret: made once by the hub and kept in the data folder (readable by the laptop's
 * user only). 12 characters of Crockford's base32 (60 bits, no I/L/O/U to misread) in groups of
 * four, so a teacher can type it on a second machine; the desk on the laptop itself fetches it.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export async function teacherSecret(dir: string): Promise<string> {
  const path = join(dir, 'teacher-secret');
  const kept = await readFile(path, 'utf8').then((s) => s.trim(), () => '');
  if (normalize(kept).length >= 12) return kept;
  const raw = Array.from({ length: 12 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  const secret = raw.match(/.{4}/g)!.join('-');
  await writeAtomic(path, [`${secret}\n`], 0o600);
  return secret;
}

/** As typed: any case, spaces and dashes ignored, O read as 0 and I/L as 1. */
export function normalize(s: string): string {
  return s.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

export function secretMatches(given: string, secret: string): boolean {
  const a = Buffer.from(normalize(given));
  const b = Buffer.from(normalize(secret));
  return a.length === b.length && timingSafeEqual(a, b);
}
