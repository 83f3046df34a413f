import type { Step } from '../../lesson/schema.ts';
import { pick } from '../../lesson/text.ts';
import type { StepDomProps } from './types.ts';

/** A step whose own view is not built yet: its title, so the lesson can still be followed. */
export function PendingDom({ step, lang }: StepDomProps) {
  const title = 'title' in step ? pick((step as Extract<Step, { title: unknown }>).title, lang) : step.id;
  return <h2 className="step-title">{title}</h2>;
}
