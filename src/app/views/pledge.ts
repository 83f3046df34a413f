import type { Language } from '../../lesson/common.ts';
import type { Lesson } from '../../lesson/schema.ts';
import type { PledgeStep } from '../../lesson/steps/pledge.ts';
import { pick } from '../../lesson/text.ts';
import { pledgeKey } from '../../runner/steps/pledge.ts';
import { samePledge } from '../../runner/steps/pledge.ts';
import type { AnswerValue, PledgeChoice, RunnerState } from '../../runner/types.ts';
import { countWords, pageByWords, PANEL_WORDS, type PanelFace } from './panelWords.ts';
import type { Translate } from './translate.ts';

export interface PledgeItem {
  /** Stable across renders: "opt:bike" or "act:walk@daily". */
  key: string;
  choice: PledgeChoice;
  text: string;
  chosen: boolean;
}

export interface ComposeView {
  actions: { id: string; text: string }[];
  times: { id: string; text: string }[];
  actionId: string;
  timeId: string;
  /** The sentence the parts make: "I will walk to school every day". */
  preview: string;
  choice: PledgeChoice;
  /** The composed pledge is already one of the student's. */
  already: boolean;
}

export interface PledgeView {
  title: string;
  prompt: string;
  options: PledgeItem[];
  compose: ComposeView | null;
  chosen: PledgeItem[];
  max: number;
  /** "My pledges (1/2)" */
  mineTitle: string;
  /** One more pick replaces the oldest. */
  full: boolean;
}

/** A pledge in words: the option's text, or the composed sentence. */
export function pledgeText(step: PledgeStep, choice: PledgeChoice, lang: Language, t: Translate): string {
  if ('optionId' in choice) return pick(step.options.find((o) => o.id === choice.optionId)?.text, lang) || choice.optionId;
  const action = pick(step.compose?.actions.find((a) => a.id === choice.actionId)?.text, lang) || choice.actionId;
  const time = pick(step.compose?.times.find((a) => a.id === choice.timeId)?.text, lang) || choice.timeId;
  return t('steps.pledge.composed', { action, time });
}

/**
 * The parts picked so far for a composed pledge. The draft holds [actionId, timeId]; anything missing
 * or stale falls back to the first action and the first time.
 */
export function composeParts(step: PledgeStep, draft: AnswerValue | null): { actionId: string; timeId: string } | null {
  const c = step.compose;
  if (!c) return null;
  const [a, t] = Array.isArray(draft) ? draft : [];
  return {
    actionId: c.actions.some((x) => x.id === a) ? a! : c.actions[0]!.id,
    timeId: c.times.some((x) => x.id === t) ? t! : c.times[0]!.id,
  };
}

/** The draft after stepping one part forward or back (wrapping), for the 3D arrows. */
export function cycleCompose(step: PledgeStep, draft: AnswerValue | null, part: 'action' | 'time', by: 1 | -1): string[] {
  const parts = composeParts(step, draft);
  if (!parts || !step.compose) return [];
  const list = part === 'action' ? step.compose.actions : step.compose.times;
  const current = part === 'action' ? parts.actionId : parts.timeId;
  const i = list.findIndex((x) => x.id === current);
  const next = list[(i + by + list.length) % list.length]!.id;
  return part === 'action' ? [next, parts.timeId] : [parts.actionId, next];
}

/** The draft with one part set, for the DOM layer's selects. */
export function setComposePart(step: PledgeStep, draft: AnswerValue | null, part: 'action' | 'time', id: string): string[] {
  const parts = composeParts(step, draft);
  if (!parts) return [];
  return part === 'action' ? [id, parts.timeId] : [parts.actionId, id];
}

/** What a pledge step looks like right now; shared by the 3D panel and the DOM layer. */
export function pledgeView(step: PledgeStep, state: RunnerState, draft: AnswerValue | null, lang: Language, t: Translate): PledgeView {
  const mine = state.pledges[step.id] ?? [];
  const has = (c: PledgeChoice) => mine.some((p) => samePledge(p, c));
  const options = step.options.map((o): PledgeItem => {
    const choice = { optionId: o.id };
    return { key: pledgeKey(choice), choice, text: pick(o.text, lang), chosen: has(choice) };
  });
  const parts = composeParts(step, draft);
  let compose: ComposeView | null = null;
  if (parts && step.compose) {
    const choice = { actionId: parts.actionId, timeId: parts.timeId };
    compose = {
      actions: step.compose.actions.map((a) => ({ id: a.id, text: pick(a.text, lang) })),
      times: step.compose.times.map((x) => ({ id: x.id, text: pick(x.text, lang) })),
      ...parts,
      preview: pledgeText(step, choice, lang, t),
      choice,
      already: has(choice),
    };
  }
  return {
    title: pick(step.title, lang),
    prompt: pick(step.prompt, lang),
    options,
    compose,
    chosen: mine.map((c) => ({ key: pledgeKey(c), choice: c, text: pledgeText(step, c, lang, t), chosen: true })),
    max: step.max,
    mineTitle: t('steps.pledge.mine', { count: mine.length, max: step.max }),
    full: mine.length >= step.max,
  };
}

/** Every pledge the student made in this lesson, in words, in step order. */
export function allPledges(lesson: Lesson, state: RunnerState, lang: Language, t: Translate): PledgeItem[] {
  return lesson.steps.flatMap((s) =>
    s.type === 'pledge' ? (state.pledges[s.id] ?? []).map((c) => ({ key: `${s.id}:${pledgeKey(c)}`, choice: c, text: pledgeText(s, c, lang, t), chosen: true })) : [],
  );
}

/**
 * The tabs and pages of a pledge step's 3D panel, so a headset never shows more than about 60 words
 * at once (panelWords.ts): the lesson's list of pledges pages when it is long, building one's own is
 * a second tab, and the student's pledges are on a card of their own beside it. The DOM layer shows
 * everything at once.
 */
export type PledgeTab = 'pick' | 'compose';

/** At most this many options on one page of the list, however short. */
const MOST_OPTIONS = 4;

export interface PledgePanel {
  tab: PledgeTab;
  heading: string;
  /** The prompt and "You can choose up to N". */
  lead: string;
  /** Both tabs when the step can compose, else none. */
  tabs: { tab: PledgeTab; label: string; selected: boolean }[];
  /** Pick tab: this page's options, each label "✓ " + text once chosen. */
  options: (PledgeItem & { label: string })[];
  /** The page shown (from 0) and how many the list takes; `pageLabel` ("1 / 2") is '' on one page. */
  page: number;
  pages: number;
  pageLabel: string;
  /** Compose tab: the two parts in words, the sentence they make, and the add button's label. */
  compose: { action: string; time: string; preview: string; add: string; already: boolean; choice: PledgeChoice } | null;
}

/** The pick list's pages for `head` words above it: one page when everything fits, else pages by words. */
function optionPages(v: PledgeView, head: number, t: Translate): PledgeItem[][] {
  const words = (o: PledgeItem) => countWords(o.text);
  if (head + v.options.reduce((n, o) => n + words(o), 0) <= PANEL_WORDS && v.options.length <= MOST_OPTIONS) return [v.options];
  const pager = countWords(t('steps.page', { page: 1, pages: 2 }));
  return pageByWords(v.options, words, PANEL_WORDS - head - pager, MOST_OPTIONS);
}

/** What a pledge step's 3D panel draws on `tab`, page `page` (kept within the pages there are). */
export function pledgePanel(v: PledgeView, tab: PledgeTab, page: number, t: Translate): PledgePanel {
  const shown: PledgeTab = v.compose ? tab : 'pick';
  const tabs = v.compose
    ? (['pick', 'compose'] as const).map((x) => ({ tab: x, label: t(`steps.pledge.${x}`), selected: x === shown }))
    : [];
  const lead = `${v.prompt}\n${t('steps.pledge.upTo', { max: v.max })}`;
  const base = { tab: shown, heading: v.title, lead, tabs };
  const c = v.compose;
  if (shown === 'compose' && c) {
    const part = (key: string, text: string) => `${t(key)}: ${text}`;
    return {
      ...base, options: [], page: 0, pages: 1, pageLabel: '',
      compose: {
        action: part('steps.pledge.action', c.actions.find((a) => a.id === c.actionId)?.text ?? ''),
        time: part('steps.pledge.time', c.times.find((x) => x.id === c.timeId)?.text ?? ''),
        preview: `“${c.preview}”`,
        add: t(c.already ? 'steps.pledge.already' : 'steps.pledge.add'),
        already: c.already,
        choice: c.choice,
      },
    };
  }
  const head = countWords([base.heading, lead, ...tabs.map((x) => x.label)].join(' '));
  const pages = optionPages(v, head, t);
  const at = Math.min(Math.max(page, 0), pages.length - 1);
  return {
    ...base,
    options: (pages[at] ?? []).map((o) => ({ ...o, label: `${o.chosen ? '✓ ' : ''}${o.text}` })),
    page: at,
    pages: pages.length,
    pageLabel: pages.length > 1 ? t('steps.page', { page: at + 1, pages: pages.length }) : '',
    compose: null,
  };
}

/** Every text the pledge panel draws at once, in reading order. */
export function pledgePanelTexts(p: PledgePanel): string[] {
  const c = p.compose;
  return [p.heading, p.lead, ...p.tabs.map((x) => x.label), ...p.options.map((o) => o.label), p.pageLabel,
    ...(c ? [c.action, c.time, c.preview, c.add] : [])].filter(Boolean);
}

/** The card beside the panel: "My pledges (1/2)", each pledge a button that removes it, and the hint once full. */
export interface PledgeMine {
  title: string;
  items: (PledgeItem & { label: string })[];
  /** "No pledges yet" while there are none. */
  empty: string;
  /** "Past 2, your oldest pledge makes way" once full. */
  hint: string;
}

export function pledgeMine(v: PledgeView, t: Translate): PledgeMine {
  return {
    title: v.mineTitle,
    items: v.chosen.map((p) => ({ ...p, label: `${p.text} ×` })),
    empty: v.chosen.length ? '' : t('steps.pledge.none'),
    hint: v.full ? t('steps.pledge.replaced', { max: v.max }) : '',
  };
}

/** Every face a pledge step's 3D view shows in `state` (each page of the list, the compose tab, the card), for the word budget. */
export function pledgeFaces(step: PledgeStep, state: RunnerState, lang: Language, t: Translate): PanelFace[] {
  const v = pledgeView(step, state, null, lang, t);
  const first = pledgePanel(v, 'pick', 0, t);
  const faces: PanelFace[] = Array.from({ length: first.pages }, (_, i) => ({ panel: `pick tab, page ${i + 1}`, texts: pledgePanelTexts(pledgePanel(v, 'pick', i, t)) }));
  if (v.compose) faces.push({ panel: 'compose tab', texts: pledgePanelTexts(pledgePanel(v, 'compose', 0, t)) });
  const mine = pledgeMine(v, t);
  faces.push({ panel: 'my pledges', texts: [mine.title, ...mine.items.map((i) => i.label), mine.empty, mine.hint].filter(Boolean) });
  return faces;
}
