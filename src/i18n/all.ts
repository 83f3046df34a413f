// Both languages' UI strings at once, for tests and tools (the app loads one language: index.ts).
import { strings as en } from './strings.en.ts';
import { strings as ko } from './strings.ko.ts';
import type { Bundle } from './translate.ts';

export function bundles(): { ko: Bundle; en: Bundle } {
  return { ko, en };
}
