// The teacher's desk's English UI strings (src/i18n/desk/*-en.ts), one chunk loaded with the desk only.
import { mergeBundles } from './merge.ts';
import type { Bundle } from './translate.ts';

export const strings = mergeBundles({}, import.meta.glob<Record<string, Bundle>>('./desk/*-en.ts', { eager: true }));
