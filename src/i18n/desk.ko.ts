// The teacher's desk's Korean UI strings (src/i18n/desk/*-ko.ts), one chunk loaded with the desk only.
import { mergeBundles } from './merge.ts';
import type { Bundle } from './translate.ts';

export const strings = mergeBundles({}, import.meta.glob<Record<string, Bundle>>('./desk/*-ko.ts', { eager: true }));
