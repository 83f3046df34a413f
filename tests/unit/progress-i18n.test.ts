import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DESK_CSV_COLUMNS } from '../../src/desk/csv.ts';
import { progressEn } from '../../src/i18n/progress-en.ts';
import { progressKo } from '../../src/i18n/progress-ko.ts';
import { teacherEn } from '../../src/i18n/desk/teacher-en.ts';
import { teacherKo } from '../../src/i18n/desk/teacher-ko.ts';
import { liveEn } from '../../src/i18n/desk/live-en.ts';
import { liveKo } from '../../src/i18n/desk/live-ko.ts';
import { classroomEn } from '../../src/i18n/classroom-en.ts';
import { classroomKo } from '../../src/i18n/classroom-ko.ts';

type Bundle = Record<string, Record<string, string>>;
/** The namespaces the student's profile and save screens and the teacher's desk read. */
const ko = { ...progressKo, ...teacherKo, ...liveKo, ...classroomKo } as unknown as Bundle;
const en = { ...progressEn, ...teacherEn, ...liveEn, ...classroomEn } as unknown as Bundle;

const uiFiles = ['src/ui/profile', 'src/ui/teacher'].flatMap((dir) =>
  readdirSync(dir).filter((f) => f.endsWith('.tsx')).map((f) => `${dir}/${f}`));

/** Does `key` exist in a namespace, directly or as a plural (`_one`/`_other`)? */
const has = (bundle: Bundle, key: string) =>
  Object.values(bundle).some((ns) => key in ns || `${key}_other` in ns);

/** Keys built from a value (t(`status_${s}`)): every value the code can produce. */
const families: Record<string, readonly string[]> = {
  nickname_: ['empty', 'too-long', 'email', 'phone', 'control', 'taken'],
  save_: ['saved', 'saving', 'not-saved', 'lost', 'unavailable'],
  why_: ['quota', 'deleted', 'upgraded', 'closed', 'too-new', 'error', 'no-indexeddb'],
  persist_: ['granted', 'refused', 'unavailable'],
  status_: ['completed', 'in-progress'],
  phase_: ['pre', 'post'],
  pin_: ['length', 'digits'],
  import_: ['json', 'not-progress', 'too-new', 'shape'],
  csv_: DESK_CSV_COLUMNS,
  col_: ['pick', 'student', 'lesson', 'step', 'course', 'time', 'finished', 'connection', 'hand', 'stuck'],
};

describe('progress and teacher strings', () => {
  it('have the same keys in Korean and English (English adds _one plurals)', () => {
    for (const ns of ['progress', 'teacher', 'live', 'classroom']) {
      const koKeys = Object.keys(ko[ns]!).sort();
      const enKeys = Object.keys(en[ns]!).filter((k) => !k.endsWith('_one')).sort();
      expect(enKeys, ns).toEqual(koKeys);
      for (const k of Object.keys(en[ns]!).filter((k) => k.endsWith('_one'))) expect(en[ns]![k.replace(/_one$/, '_other')]).toBeDefined();
    }
  });

  it('cover every key the components use', () => {
    const used = new Set<string>();
    for (const file of uiFiles) {
      const src = readFileSync(file, 'utf8');
      for (const m of src.matchAll(/\bt\(\s*'([^']+)'/g)) used.add(m[1]!);
      for (const m of src.matchAll(/\bt\(\s*`([a-z]+_)\$\{/gi)) for (const v of families[m[1]!] ?? ['<unknown family>']) used.add(`${m[1]}${v}`);
      for (const m of src.matchAll(/\bt\(\s*([a-z]+) \? '([^']+)' : '([^']+)'/gi)) { used.add(m[2]!); used.add(m[3]!); }
    }
    expect(used.size).toBeGreaterThan(60);
    for (const key of used) {
      expect(has(ko, key), `ko: ${key}`).toBe(true);
      expect(has(en, key), `en: ${key}`).toBe(true);
    }
  });

  it('put no dots in keys (the lookup would read them as nesting)', () => {
    for (const bundle of [ko, en]) for (const ns of Object.values(bundle)) for (const k of Object.keys(ns)) expect(k).not.toContain('.');
  });
});
