// Every Korean UI string, in one chunk: the page loads only its language's (index.ts).
import { ko } from './ko.ts';
import { mergeBundles } from './merge.ts';
import type { Bundle } from './translate.ts';

export const strings = mergeBundles(ko, import.meta.glob<Record<string, Bundle>>('./*-ko.ts', { eager: true }));
