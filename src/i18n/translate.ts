/**
 * The UI-string lookup: nested string bundles, `{{name}}` placeholders and plural forms chosen by
 * Intl.PluralRules (`key_one`, `key_other`, … beside `key`). Plain TypeScript, no React or DOM.
 *
 * The rules the app's strings rely on:
 * - a key is a dotted path into the bundle (`home.minutes`); a namespace is a path prefix
 *   (`useTranslation('teacher')` then `t('title')` is `teacher.title`; `{ ns: 'progress' }` picks another);
 * - with a numeric `count`, `key_<plural category>` is tried before `key`;
 * - a key missing in the chosen language falls back to the fallback language, then to the key itself;
 * - values are inserted as they are: the result is shown as a text node, never parsed as HTML.
 */
export type Bundle = { readonly [key: string]: string | Bundle };
export type Params = Readonly<Record<string, unknown>> & { ns?: string; count?: number };

function lookup(bundle: Bundle | undefined, path: string): string | undefined {
  let node: string | Bundle | undefined = bundle;
  let start = 0;
  while (node !== undefined && typeof node !== 'string') {
    const dot = path.indexOf('.', start);
    const part = dot < 0 ? path.slice(start) : path.slice(start, dot);
    node = Object.hasOwn(node, part) ? node[part] : undefined;
    if (dot < 0) return typeof node === 'string' ? node : undefined;
    start = dot + 1;
  }
  return undefined;
}

const plurals = new Map<string, Intl.PluralRules>();
function pluralCategory(lang: string, count: number): string {
  let rules = plurals.get(lang);
  if (!rules) plurals.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules.select(count);
}

const PLACEHOLDER = /\{\{\s*([\w.-]+)\s*\}\}/g;
function fill(text: string, params: Params | undefined): string {
  if (!params || !text.includes('{{')) return text;
  return text.replace(PLACEHOLDER, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}

/** One language's lookup, falling back to another language's bundle for missing keys. */
export function translateIn(bundle: Bundle, lang: string, fallback?: Bundle, fallbackLang = lang) {
  return (key: string, params?: Params, ns?: string): string => {
    const space = params?.ns ?? ns;
    const path = space ? `${space}.${key}` : key;
    const count = params?.count;
    const find = (b: Bundle | undefined, l: string): string | undefined =>
      (typeof count === 'number' ? lookup(b, `${path}_${pluralCategory(l, count)}`) : undefined) ?? lookup(b, path);
    const text = find(bundle, lang) ?? find(fallback, fallbackLang);
    return text === undefined ? key : fill(text, params);
  };
}
