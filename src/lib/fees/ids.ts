/**
 * The four fee models' ids, in their own module: the form and the link reader (loaded with the page)
 * need only these names, and importing them from models.ts pulled the cost engine into the page's
 * first script instead of the results code loaded on first use.
 */

/** The five fee models (the fifth, priced by module, is src/lib/fees/module.ts), as named in the page's `data-model` attributes and links. */
export type ModelId = 'base-commission' | 'fixed' | 'commission' | 'tiered' | 'module';

export const MODEL_IDS: readonly ModelId[] = ['base-commission', 'fixed', 'commission', 'tiered', 'module'];
