import type { RawInputs } from '@lib/fees/fields';
import type { FeeTranslate } from '@lib/fees/strings';

/** What every input section of the fee calculator is given: the form's raw text and the page's dictionary. */
export interface InputsProps {
  raw: RawInputs;
  t: FeeTranslate;
}
