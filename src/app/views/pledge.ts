import type { Language } from '../../lesson/common.ts';
import type { Lesson } from '../../lesson/schema.ts';
import type { PledgeStep } from '../../lesson/steps/pledge.ts';
import { pick } from '../../lesson/text.ts';
import { pledgeKey } from '../../progress/pledges.ts';
import { samePledge } from '../../runner/steps/pledge.ts';
import type { AnswerValue, PledgeChoice, RunnerState } from '../../runner/types.ts';
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
