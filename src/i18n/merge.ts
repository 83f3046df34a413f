import type { Bundle } from './translate.ts';

/**
 * Each area of the UI keeps its strings beside the core ones, in `src/i18n/<area>-ko.ts` and
 * `<area>-en.ts`, each with a default export of its own top-level keys (e.g. `{ teacher: {…} }`) or
 * named exports of such objects. One language's are merged into one bundle here;
 * tests/unit/i18n.test.ts checks that ko and en have the same keys.
 */
export function mergeBundles(core: Bundle, modules: Record<string, Record<string, Bundle>>): Bundle {
  const parts = Object.values(modules).flatMap((m) => (m.default ? [m.default] : Object.values(m)));
  return Object.assign({}, core, ...parts) as Bundle;
}
