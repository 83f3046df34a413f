import { describe, expect, test } from 'vitest';
import { translateIn, type Bundle } from './translate.ts';

const en: Bundle = {
  home: { title: 'Lessons', minutes_one: '{{count}} minute', minutes_other: '{{count}} minutes', only: 'English only' },
  teacher: { saved: 'Saved {{file}}', pair: '{{a}} then {{a}}, not {{b}}' },
  html: '<b>{{name}}</b>',
};
const ko: Bundle = { home: { title: '수업', minutes_other: '{{count}}분', koOnly: '한국어만' }, teacher: { saved: '{{file}} 저장함' } };
const tEn = translateIn(en, 'en', ko, 'ko');
const tKo = translateIn(ko, 'ko');

describe('UI string lookup', () => {
  test('dotted keys, namespaces as a prefix, and `ns` in the parameters', () => {
    expect(tEn('home.title')).toBe('Lessons');
    expect(tEn('title', undefined, 'home')).toBe('Lessons');
    expect(tEn('saved', { ns: 'teacher', file: 'a.csv' }, 'home')).toBe('Saved a.csv');
  });

  test('plural forms follow the language: English one/other, Korean other only', () => {
    expect(tEn('home.minutes', { count: 1 })).toBe('1 minute');
    expect(tEn('home.minutes', { count: 12 })).toBe('12 minutes');
    expect(tKo('home.minutes', { count: 1 })).toBe('1분');
  });

  test('every placeholder filled, an unknown one left visible, values inserted as text', () => {
    expect(tEn('teacher.pair', { a: 'x', b: 'y' })).toBe('x then x, not y');
    expect(tEn('teacher.pair', { a: 'x' })).toBe('x then x, not {{b}}');
    expect(tEn('html', { name: '<img src=x onerror=alert(1)>' })).toBe('<b><img src=x onerror=alert(1)></b>');
  });

  test('a missing key falls back to Korean, then to the key itself; prototype names are not keys', () => {
    expect(tEn('home.koOnly')).toBe('한국어만');
    expect(tKo('home.only')).toBe('home.only');
    expect(tEn('home.title.deeper')).toBe('home.title.deeper');
    expect(tEn('constructor')).toBe('constructor');
    expect(tEn('home.toString')).toBe('home.toString');
  });
});
