import type { Language } from '../../lesson/common.ts';
import type { Lesson } from '../../lesson/schema.ts';
import type { SummaryStep } from '../../lesson/steps/summary.ts';
import { pick, pickPlain } from '../../lesson/text.ts';
import { footprintSummary } from '../../runner/footprint.ts';
import { score } from '../../runner/score.ts';
import type { RunnerState } from '../../runner/types.ts';
import { barsView, type BarView } from './footprint.ts';
import { formatKg, formatNumber } from './numbers.ts';
import { allPledges } from './pledge.ts';
import { countWords, PANEL_WORDS, type PanelFace } from './panelWords.ts';
import type { Translate } from './translate.ts';

export interface SourceView {
  id: string;
  /** "Title — Publisher, 2020" */
  line: string;
  url: string | null;
  secondary: boolean;
}

export interface SummaryView {
  title: string;
  body: string;
  /** "7 / 9 points"; null when the part is not shown or nothing was scored. */
  score: string | null;
  /** Pre → post per measure: "Which food …: wrong → right". */
  gain: string[];
  footprint: { total: string; bars: BarView[]; savings: string[]; hasChoices: boolean } | null;
  pledges: string[] | null;
  sources: SourceView[] | null;
}

function measureQuestion(lesson: Lesson, measure: string, lang: Language): string {
  const qs = lesson.steps.filter((s) => s.type === 'quiz' && s.measure === measure);
  const q = qs.find((s) => s.type === 'quiz' && s.phase === 'post') ?? qs[0];
  return q?.type === 'quiz' ? pick(q.question, lang) : measure;
}

/** What the closing summary shows; shared by the 3D panel and the DOM layer. */
export function summaryView(lesson: Lesson, step: SummaryStep, state: RunnerState, lang: Language, t: Translate): SummaryView {
  const show = new Set(step.show);
  const s = score(lesson, state);
  const mark = (v: number | undefined) => t(v === undefined ? 'steps.summary.notAnswered' : v === 1 ? 'steps.summary.right' : 'steps.summary.wrong');
  const gain = show.has('score')
    ? Object.entries(s.measures)
      .filter(([, m]) => m.pre !== undefined || m.post !== undefined)
      .map(([id, m]) => t('steps.summary.gainLine', { question: measureQuestion(lesson, id, lang), pre: mark(m.pre), post: mark(m.post) }))
    : [];

  let footprint: SummaryView['footprint'] = null;
  if (show.has('footprint')) {
    const f = footprintSummary(lesson, state);
    const stepOf = (id: string) => lesson.steps.find((x) => x.id === id);
    const optionLabel = (stepId: string, optionId: string) => {
      const st = stepOf(stepId);
      return st?.type === 'footprint' ? pick(st.options.find((o) => o.id === optionId)?.label, lang) : optionId;
    };
    const savings = f.biggestSavings.slice(0, 3).map((l) => {
      const st = stepOf(l.stepId);
      return t('steps.summary.saving', {
        step: st?.type === 'footprint' ? pick(st.title, lang) : l.stepId,
        from: optionLabel(l.stepId, l.optionId),
        to: optionLabel(l.stepId, l.bestOptionId),
        kg: formatKg(l.savingKgPerYear, lang),
      });
    });
    footprint = { total: t('steps.summary.total', { kg: formatKg(f.totalKgPerYear, lang) }), bars: barsView(lesson, f.totalKgPerYear, lang, t), savings, hasChoices: f.lines.length > 0 };
  }

  return {
    title: pick(step.title, lang),
    body: pick(step.body, lang),
    score: show.has('score') && s.maxPoints > 0 ? t('steps.summary.points', { points: formatNumber(s.points, lang), max: formatNumber(s.maxPoints, lang) }) : null,
    gain,
    footprint,
    pledges: show.has('pledges') ? allPledges(lesson, state, lang, t).map((p) => p.text) : null,
    sources: show.has('sources')
      ? lesson.sources.map((src) => ({
        id: src.id,
        line: t('steps.summary.sourceLine', { title: src.title, publisher: pickPlain(src.publisher, lang), year: String(src.year) }),
        url: src.url ?? null,
        secondary: src.status === 'secondary',
      }))
      : null,
  };
}

/**
 * The tabs and pages of the summary's 3D panel, so a headset never shows more than about 60 words at
 * once (panelWords.ts): the results (the lesson's closing text, the score, before → after, the
 * pledges), the changes that matter most in the footprint, and the sources, each tab paged when it
 * holds more; the total against the benchmarks stays on its card beside. The DOM layer shows
 * everything at once.
 */
export type SummaryTab = 'results' | 'footprint' | 'sources';

/** What a block of the panel is, so the component gives it its size and colour ('heading': a section's). */
export type SummaryBlockKind = 'body' | 'score' | 'heading' | 'gain' | 'savings' | 'pledges' | 'sources';

export interface SummaryBlock {
  kind: SummaryBlockKind;
  /** Lines joined with "\n". */
  text: string;
}

export interface SummaryPanel {
  tab: SummaryTab;
  /** The tabs there are (none when only one has something to show). */
  tabs: { tab: SummaryTab; label: string; selected: boolean }[];
  /** The lesson's title on the results, "The changes that matter most", "Sources". */
  heading: string;
  /** This page's blocks. */
  blocks: SummaryBlock[];
  /** The page shown (from 0) and how many the tab takes; `pageLabel` ("1 / 2") is '' on one page. */
  page: number;
  pages: number;
  pageLabel: string;
}

/** A section of a tab: its kind, its heading if it has one, and its lines, kept together on a page when it fits. */
interface Section {
  kind: SummaryBlockKind;
  heading?: string;
  lines: string[];
}

/** Each tab's heading and sections, in reading order; a tab with no sections is not shown. */
function summarySections(v: SummaryView, t: Translate): Record<SummaryTab, { heading: string; sections: Section[] }> {
  const results: Section[] = [];
  if (v.body) results.push({ kind: 'body', lines: [v.body] });
  if (v.score) results.push({ kind: 'score', lines: [`${t('steps.summary.score')}: ${v.score}`] });
  if (v.gain.length) results.push({ kind: 'gain', heading: t('steps.summary.gain'), lines: v.gain.map((g) => `• ${g}`) });
  if (v.pledges) results.push({ kind: 'pledges', heading: t('steps.summary.pledges'), lines: v.pledges.length ? v.pledges.map((p) => `• ${p}`) : [t('steps.summary.noPledges')] });
  const f = v.footprint;
  const savings = f ? (f.savings.length ? f.savings.map((s) => `• ${s}`) : f.hasChoices ? [t('steps.summary.noSavings')] : []) : [];
  return {
    results: { heading: v.title, sections: results },
    footprint: { heading: t('steps.summary.biggest'), sections: savings.length ? [{ kind: 'savings', lines: savings }] : [] },
    sources: { heading: t('steps.summary.sources'), sections: (v.sources ?? []).map((s) => ({ kind: 'sources', lines: [`• ${s.line}${s.url ? `\n${s.url}` : ''}`] })) },
  };
}

/**
 * Sections onto pages of `room` words: a section that fits stays whole (on the next page if this one
 * is full); a longer one is split between its lines, its heading staying with the first. Each page's
 * lines of one section make a block, after a heading block where the section starts.
 */
function pageSections(sections: Section[], room: number): SummaryBlock[][] {
  const pages: SummaryBlock[][] = [];
  let page: SummaryBlock[] = [];
  let used = 0;
  const turn = () => {
    if (page.length) pages.push(page);
    page = [];
    used = 0;
  };
  const put = (kind: SummaryBlockKind, line: string) => {
    const last = page.at(-1);
    if (last?.kind === kind) last.text += `\n${line}`;
    else page.push({ kind, text: line });
    used += countWords(line);
  };
  for (const s of sections) {
    const head = s.heading ? countWords(s.heading) : 0;
    if (used + head + countWords(s.lines.join(' ')) > room) turn();
    s.lines.forEach((line, i) => {
      const w = countWords(line) + (i === 0 ? head : 0);
      if (used > 0 && used + w > room) turn();
      if (i === 0 && s.heading) put('heading', s.heading);
      put(s.kind, line);
    });
  }
  turn();
  return pages;
}

/** The summary's tabs that have something to show, in order. */
export function summaryTabs(v: SummaryView, t: Translate): SummaryTab[] {
  const all = summarySections(v, t);
  return (['results', 'footprint', 'sources'] as const).filter((x) => all[x].sections.length > 0);
}

/** What the summary's 3D panel draws on `tab` (the first there is when it has nothing), page `page`. */
export function summaryPanel(v: SummaryView, tab: SummaryTab, page: number, t: Translate): SummaryPanel {
  const all = summarySections(v, t);
  const present = summaryTabs(v, t);
  const shown: SummaryTab = present.includes(tab) ? tab : present[0] ?? 'results';
  const tabs = present.length > 1 ? present.map((x) => ({ tab: x, label: t(TAB_LABEL[x]), selected: x === shown })) : [];
  const { heading, sections } = all[shown];
  const fixed = countWords([heading, ...tabs.map((x) => x.label)].join(' '));
  let pages = pageSections(sections, PANEL_WORDS - fixed);
  if (pages.length > 1) pages = pageSections(sections, PANEL_WORDS - fixed - countWords(t('steps.page', { page: 1, pages: 2 })));
  const at = Math.min(Math.max(page, 0), Math.max(pages.length - 1, 0));
  return {
    tab: shown,
    tabs,
    heading,
    blocks: pages[at] ?? [],
    page: at,
    pages: Math.max(pages.length, 1),
    pageLabel: pages.length > 1 ? t('steps.page', { page: at + 1, pages: pages.length }) : '',
  };
}

const TAB_LABEL: Record<SummaryTab, string> = { results: 'steps.summary.results', footprint: 'steps.summary.footprintTab', sources: 'steps.summary.sources' };

/** Every text the summary's panel draws at once, in reading order. */
export function summaryPanelTexts(p: SummaryPanel): string[] {
  return [p.heading, ...p.blocks.map((b) => b.text), p.pageLabel, ...p.tabs.map((x) => x.label)].filter(Boolean);
}

/** Every face the summary's 3D view shows in `state` (each tab's pages, the totals card), for the word budget. */
export function summaryFaces(lesson: Lesson, step: SummaryStep, state: RunnerState, lang: Language, t: Translate): PanelFace[] {
  const v = summaryView(lesson, step, state, lang, t);
  const faces = summaryTabs(v, t).flatMap((tab) => {
    const { pages } = summaryPanel(v, tab, 0, t);
    return Array.from({ length: pages }, (_, i) => ({ panel: `${tab} tab, page ${i + 1}`, texts: summaryPanelTexts(summaryPanel(v, tab, i, t)) }));
  });
  const f = v.footprint;
  if (f) faces.push({ panel: 'totals', texts: [f.total, ...f.bars.flatMap((b) => [b.label, b.value, b.share])].filter(Boolean) });
  return faces;
}
