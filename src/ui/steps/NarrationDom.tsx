import type { NarrationStep } from '../../lesson/steps/narration.ts';
import { pick } from '../../lesson/text.ts';
import type { StepDomProps } from './types.ts';

export function NarrationDom({ step, lang }: StepDomProps<NarrationStep>) {
  return (
    <>
      <h2 className="step-title">{pick(step.title, lang)}</h2>
      <p className="step-body">{pick(step.body, lang)}</p>
    </>
  );
}
