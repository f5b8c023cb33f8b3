/**
 * The fee calculator's dictionary in both languages (strings/zh.ts defines the keys, strings/en.ts
 * must match). The view picks the page's language once and hands it to the element in `data-strings`.
 */
import { dictionaries, type Translate } from '../kit/strings';
import { feeEn } from './strings/en';
import { feeZh, type FeeStrings } from './strings/zh';

export const feeStrings = dictionaries(feeZh, feeEn);

export type { FeeStrings };

/** `t(key, values)` over the fee dictionary of one language. */
export type FeeTranslate = Translate<FeeStrings>;
