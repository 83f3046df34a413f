import type { ko } from './ko.ts';

/** A strings object's shape with every text widened to `string` (a translation has the same keys, other words). */
export type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
/** English adds a `_one` form beside each `_other` plural key (Korean has only `_other`). */
export type Plural<T> = { [K in keyof T as K extends `${infer B}_other` ? `${B}_one` | K : K]: T[K] };
/** The shape every language's UI strings must have: Korean is the reference. */
export type Strings = Widen<typeof ko>;
