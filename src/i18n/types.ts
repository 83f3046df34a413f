import type { ko } from './ko.ts';

type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
/** The shape every language's UI strings must have: Korean is the reference. */
export type Strings = Widen<typeof ko>;
