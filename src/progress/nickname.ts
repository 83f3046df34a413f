/** Nicknames only on shared devices: no real names can be checked, but addresses and numbers can. */
export const NICKNAME_MAX = 20;

/** Why a nickname was refused; the UI shows `progress:nickname_<problem>` in the student's language. */
export type NicknameProblem = 'empty' | 'too-long' | 'email' | 'phone' | 'control' | 'taken';

export type NicknameCheck = { ok: true; nickname: string } | { ok: false; problem: NicknameProblem };

/** Characters as a person counts them (가, é, 👍🏽 are one each). */
export function visibleLength(text: string): number {
  if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
    let n = 0;
    for (const _ of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) n++;
    return n;
  }
  return [...text].length;
}

/** Trims, joins runs of spaces and composes Hangul (NFC) so "민 지" and "민  지" are one name. */
export function normalizeNickname(raw: string): string {
  return raw.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/**
 * Checks a nickname for a new profile. `taken`: nicknames already on this device (compared without
 * case), so two students never pick the same row.
 */
export function checkNickname(raw: string, taken: readonly string[] = []): NicknameCheck {
  const nickname = normalizeNickname(raw);
  if (nickname === '') return { ok: false, problem: 'empty' };
  // Control and invisible format characters (zero-width, bidi overrides) make look-alike names.
  if (/[\p{Cc}\p{Cf}]/u.test(nickname)) return { ok: false, problem: 'control' };
  if (visibleLength(nickname) > NICKNAME_MAX) return { ok: false, problem: 'too-long' };
  // Any "@" (an email address or an @handle) identifies a person outside the classroom.
  if (nickname.includes('@') || nickname.includes('＠')) return { ok: false, problem: 'email' };
  // Seven or more digits anywhere is likely a phone number (010-1234-5678, +82 10 …).
  if ((nickname.match(/\p{Nd}/gu) ?? []).length >= 7) return { ok: false, problem: 'phone' };
  const lower = nickname.toLocaleLowerCase();
  if (taken.some((t) => normalizeNickname(t).toLocaleLowerCase() === lower)) return { ok: false, problem: 'taken' };
  return { ok: true, nickname };
}
