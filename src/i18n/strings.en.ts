// Every English UI string, in one chunk: the page loads only its language's (index.ts).
import { en } from './en.ts';
import { mergeBundles } from './merge.ts';
import type { Bundle } from './translate.ts';

export const strings = mergeBundles(en, import.meta.glob<Record<string, Bundle>>('./*-en.ts', { eager: true }));
