import { describe, expect, it } from 'vitest';
import { fieldIds } from '../../src/lib/kit/field-ids';
import { dictionaries, fill, pick, translator } from '../../src/lib/kit/strings';
import { ui } from '../../src/lib/ui-strings';

describe('the kit’s strings', () => {
  const words = dictionaries({ a: '甲{n}', b: '乙', c: '丙' }, { a: 'A{n}', b: 'B', c: 'C' });

  it('sends a script only the sentences it asks for, in one language', () => {
    expect(pick(words.en, ['a', 'c'])).toEqual({ a: 'A{n}', c: 'C' });
    expect(translator(pick(words.zh, ['a']))('a', { n: 3 })).toBe('甲3');
  });

  it('leaves a placeholder without a value as written, so it shows', () => {
    expect(fill('{x} and {y}', { x: 1 })).toBe('1 and {y}');
  });

  it('words the site’s own labels in each language from one dictionary each', () => {
    expect(ui('verified', 'zh')).toBe('核实于');
    expect(ui('verified', 'en')).toBe('Last verified');
  });
});

describe('field ids', () => {
  it('names a control after its tool and field, dots as dashes, and its hint only when there is one', () => {
    expect(fieldIds('contract', 'fee.base', 'hint')).toEqual({
      id: 'contract-fee-base',
      hintId: 'contract-fee-base-hint',
    });
    expect(fieldIds('target', 'sales')).toEqual({ id: 'target-sales', hintId: undefined });
  });
});
