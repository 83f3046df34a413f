// Every UI string in both languages, the desk's included, for tests and tools (the app loads one
// language, and the desk's strings only with the desk: index.ts).
import { strings as deskEn } from './desk.en.ts';
import { strings as deskKo } from './desk.ko.ts';
import { strings as en } from './strings.en.ts';
import { strings as ko } from './strings.ko.ts';
import type { Bundle } from './translate.ts';

export function bundles(): { ko: Bundle; en: Bundle } {
  return { ko: { ...ko, ...deskKo }, en: { ...en, ...deskEn } };
}
