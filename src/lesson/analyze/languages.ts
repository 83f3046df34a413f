import { quote } from '../describe.ts';
import { LANGUAGES } from '../common.ts';
import { listOf } from '../suggest.ts';
import { arr, isObj, type Ctx } from './context.ts';

/** Every text carries every language of the lesson, and none it does not declare. */
export function checkLanguages(ctx: Ctx): void {
  const seen = new Set<string>();
  arr(ctx.lesson.languages).forEach((l, i) => {
    if (typeof l !== 'string') return;
    if (seen.has(l)) ctx.rep.at(['languages', i], 'duplicate-language', `${quote(l)} is listed twice`, 'warning');
    seen.add(l);
  });
  const langs = ctx.languages;
  if (!langs) return;
  const declared = `the lesson's languages are ${listOf(langs, true, 'and')}`;
  for (const { path, value: text } of ctx.texts()) {
    if (!isObj(text)) continue;
    const missing = langs.filter((l) => typeof text[l] !== 'string');
    if (missing.length) {
      const what = missing.length === 1 ? `the ${quote(missing[0]!)} text` : `the ${listOf(missing, true, 'and')} texts`;
      ctx.rep.at(path, 'missing-language', `missing ${what} (${declared})`);
    }
    for (const [lang, value] of Object.entries(text)) {
      if (typeof value === 'string' && value.length > 0 && value.trim() === '') ctx.rep.at([...path, lang], 'blank-text', 'this text is only spaces: write it, or leave the language out');
      else if (typeof value === 'string' && !langs.includes(lang) && (LANGUAGES as readonly string[]).includes(lang)) {
        ctx.rep.at([...path, lang], 'undeclared-language', `a "${lang}" text, but ${declared}: add "${lang}" to "languages", or remove this text`, 'warning');
      }
    }
  }
}
