import type { Language } from '../../lesson/common.ts';

/** BCP 47 locale per lesson language: grouping and decimal marks follow the student's language. */
export const LOCALES: Record<Language, string> = { ko: 'ko-KR', en: 'en-US' };

const cache = new Map<string, Intl.NumberFormat>();
function fmt(lang: Language, key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const k = `${lang}|${key}`;
  let f = cache.get(k);
  if (!f) cache.set(k, (f = new Intl.NumberFormat(LOCALES[lang], options)));
  return f;
}

/**
 * A kg figure as a person reads it: whole kilograms from 100 up, one decimal from 10, two below,
 * and one significant digit for tiny amounts (so 0.004 does not read as "0").
 */
export function formatKg(kg: number, lang: Language): string {
  const a = Math.abs(kg);
  if (a === 0) return fmt(lang, 'int', { maximumFractionDigits: 0 }).format(0);
  if (a < 0.01) return fmt(lang, 'sig1', { maximumSignificantDigits: 1 }).format(kg);
  const digits = a >= 100 ? 0 : a >= 10 ? 1 : 2;
  return fmt(lang, `f${digits}`, { maximumFractionDigits: digits }).format(kg);
}

/** A quantity from a lesson (4 km, 0.1 kg, 2.5 kWh): up to three decimals, as written. */
export function formatQuantity(n: number, lang: Language): string {
  return fmt(lang, 'q', { maximumFractionDigits: 3 }).format(n);
}

/** A share as a percentage: one decimal below 10 % ("1.2%", "8.3%"), whole above ("67%", "151%"). */
export function formatPercent(share: number, lang: Language): string {
  const digits = share < 0.1 ? 1 : 0;
  return fmt(lang, `p${digits}`, { style: 'percent', maximumFractionDigits: digits }).format(share);
}

/** A plain whole or decimal number (points, counts). */
export function formatNumber(n: number, lang: Language): string {
  return fmt(lang, 'n', { maximumFractionDigits: 2 }).format(n);
}
