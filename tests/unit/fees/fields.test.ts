import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAll, rawAll } from '../../../src/lib/fees/module-fields';
import { type RawInputs } from '../../../src/lib/fees/fields';
import { defaultFeeState } from '../../../src/lib/fees/state';
import { hasInputs, queryFromState, rawFromLink, rawFromQuery } from '../../../src/lib/fees/url';
import { feeStateArb } from './arbitraries';

const defaults = () => rawAll(defaultFeeState());
const withRaw = (changes: Partial<RawInputs>): RawInputs => ({ ...defaults(), ...changes });

describe('parseInputs', () => {
  it('turns the default form text back into the default state', () => {
    expect(parseAll(defaults())).toEqual({ ok: true, state: defaultFeeState() });
  });

  it.each<[Partial<RawInputs>, string, string, string?]>([
    [{ gmv: '' }, 'gmv', 'empty'],
    [{ gmv: '-5' }, 'gmv', 'negative'],
    [{ gmv: 'abc' }, 'gmv', 'not-number'],
    [{ gmv: '1e15' }, 'gmv', 'too-large', '¥1,000,000,000'],
    [{ gmv: '1000000000.01' }, 'gmv', 'too-large', '¥1,000,000,000'],
    [{ gmv: '100.001' }, 'gmv', 'too-precise', '2'],
    [{ gmv: '1,5' }, 'gmv', 'ambiguous'],
    [{ gmv: '1.2m万' }, 'gmv', 'ambiguous'],
    [{ fx: '0' }, 'fx', 'not-positive'],
    [{ fx: '7.81234' }, 'fx', 'too-precise', '4'],
    [{ fx: '101' }, 'fx', 'too-large', '100'],
    [{ fx: 'seven' }, 'fx', 'not-number'],
    [{ cur: 'GBP' }, 'cur', 'choose'],
    [{ store: 'tmall' }, 'store', 'choose'],
    [{ rate: '300' }, 'rate', 'too-large', '100%'],
    [{ pure: '-1' }, 'pure', 'negative'],
    [{ growth: '-60' }, 'growth', 'too-small', '-50%'],
    [{ start: '13' }, 'start', 'too-large', '12'],
    [{ start: '2.5' }, 'start', 'not-whole'],
    [{ x618: '21' }, 'x618', 'too-large', '20'],
    [{ on: 'foo' }, 'on', 'choose'],
    [{ adpay: '' }, 'adpay', 'choose'],
    [{ show: 'bc,zzz' }, 'show', 'unknown-model'],
    [{ bcname: 'x'.repeat(41) }, 'bcname', 'too-long', '40'],
    [{ tmin: '5000', tcap: '4000' }, 'tmin', 'min-over-cap', '¥4,000'],
  ])('refuses %j at %s (%s)', (changes, field, code, limit) => {
    const result = parseAll(withRaw(changes));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual([limit === undefined ? { field, code } : { field, code, limit }]);
  });

  it('accepts what people type: 万, separators, full-width digits, a % sign', () => {
    const result = parseAll(withRaw({ gmv: '20万', base: '¥15,000', rate: '６％', tmin: '', athr: '' }));
    expect(result.ok && result.state.gmvFen).toBe(20_000_000);
    expect(result.ok && result.state.models['base-commission']).toMatchObject({ baseFen: 1_500_000, ratePct: 6 });
  });

  it('reads 500k and 1.2m as amounts, and a rate with four decimals', () => {
    const result = parseAll(withRaw({ gmv: '1.2m', base: '15k', fixed: '３０Ｋ', fx: '7.8123', cur: 'USD' }));
    expect(result.ok && result.state.gmvFen).toBe(120_000_000);
    expect(result.ok && result.state.models['base-commission'].baseFen).toBe(1_500_000);
    expect(result.ok && result.state.models.fixed.feeFen).toBe(3_000_000);
    expect(result.ok && result.state.fx).toEqual({ currency: 'USD', cnyPerUnitE4: 78_123 });
    // Blank: results in CNY only.
    expect(parseAll(withRaw({ fx: '' }))).toMatchObject({ ok: true, state: { fx: { cnyPerUnitE4: null } } });
  });

  it('checks the tiered schedule row by row', () => {
    const check = (tiers: RawInputs['tiers']) => {
      const result = parseAll(withRaw({ tiers }));
      return result.ok ? [] : result.errors;
    };
    expect(
      check([
        { upTo: '300000', rate: '5' },
        { upTo: '', rate: '8' },
      ]),
    ).toEqual([]);
    expect(
      check([
        { upTo: '300000', rate: '5' },
        { upTo: '200000', rate: '6' },
        { upTo: '', rate: '8' },
      ]),
    ).toEqual([{ field: 'tiers.1.upTo', code: 'tier-order', limit: '¥300,000' }]);
    expect(
      check([
        { upTo: '300000', rate: '5' },
        { upTo: '500000', rate: '8' },
      ]),
    ).toEqual([{ field: 'tiers.1.upTo', code: 'tier-open' }]);
    expect(
      check([
        { upTo: '', rate: '5' },
        { upTo: '', rate: '8' },
      ]),
    ).toEqual([{ field: 'tiers.0.upTo', code: 'empty' }]);
    expect(
      check([
        { upTo: '300000', rate: '500' },
        { upTo: '', rate: 'x' },
      ]),
    ).toEqual([
      { field: 'tiers.0.rate', code: 'too-large', limit: '100%' },
      { field: 'tiers.1.rate', code: 'not-number' },
    ]);
    expect(check([])).toEqual([{ field: 'tiers', code: 'tier-empty' }]);
    expect(
      check(
        Array.from({ length: 9 }, (_, index) => ({ upTo: index === 8 ? '' : String((index + 1) * 1000), rate: '5' })),
      ),
    ).toEqual([{ field: 'tiers', code: 'tier-count', limit: '8' }]);
  });

  it('round-trips every valid state through the form text', () => {
    fc.assert(
      fc.property(feeStateArb, (state) => {
        expect(parseAll(rawAll(state))).toEqual({ ok: true, state });
      }),
      { numRuns: 300 },
    );
  });
});

describe('links', () => {
  it('round-trips every valid state through a link', () => {
    fc.assert(
      fc.property(feeStateArb, (state) => {
        const query = new URLSearchParams(queryFromState(state));
        expect(hasInputs(query)).toBe(true);
        expect(parseAll(rawFromQuery(query, defaults()))).toEqual({ ok: true, state });
      }),
      { numRuns: 300 },
    );
  });

  it('reads the contract parameters and leaves the rest at their defaults', () => {
    const raw = rawFromQuery(
      new URLSearchParams('gmv=300000&base=20000&rate=8&fixed=40000&pure=15&refund=10&on=net'),
      defaults(),
    );
    const result = parseAll(raw);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.state).toMatchObject({ gmvFen: 30_000_000, refundPct: 10, commissionOn: 'net' });
    expect(result.state.models['base-commission']).toMatchObject({ baseFen: 2_000_000, ratePct: 8 });
    expect(result.state.models.fixed.feeFen).toBe(4_000_000);
    expect(result.state.models.commission.ratePct).toBe(15);
    expect(result.state.marginPct).toBe(defaultFeeState().marginPct);
  });

  it('keeps garbage from a link as text for the form to refuse at the field', () => {
    const raw = rawFromQuery(new URLSearchParams('gmv=lots&rate=300&on=sideways&tiers=abc'), defaults());
    expect(raw).toMatchObject({ gmv: 'lots', rate: '300', on: 'sideways', tiers: [{ upTo: 'abc', rate: '' }] });
    const result = parseAll(raw);
    expect(result.ok ? [] : result.errors.map((error) => `${error.field}:${error.code}`)).toEqual([
      'gmv:not-number',
      'on:choose',
      'rate:too-large',
      'tiers.0.upTo:tier-open',
      'tiers.0.rate:empty',
    ]);
  });

  it('reads a link that leaves inputs out as it was meant when written: all sales, no refunds', () => {
    const result = parseAll(rawFromLink(new URLSearchParams('gmv=200000&base=15000&rate=6')));
    expect(result).toMatchObject({
      ok: true,
      state: { commissionOn: 'gmv', refundPct: 0, platform: { annualFeeFen: 3_000_000 } },
    });
    // A link the page writes now carries every input, so it never depends on that fallback.
    const written = new URLSearchParams(queryFromState(defaultFeeState()));
    expect(written.get('on')).toBe('net');
    expect(written.get('refund')).toBe('10');
    expect(parseAll(rawFromLink(written))).toEqual({ ok: true, state: defaultFeeState() });
  });

  it('ignores a page address without calculator parameters', () => {
    expect(hasInputs(new URLSearchParams('utm_source=wechat'))).toBe(false);
  });
});
