import { describe, expect, it } from 'vitest';
import {
  hasInputs,
  queryFromState,
  rawFromQuery,
  readTargetForm,
  targetFormValues,
} from '../../../src/lib/target/form';
import { defaultTargetState, targetStateDefinition } from '../../../src/lib/target/state';
import { targetStrings } from '../../../src/lib/target/strings';
import { targetView } from '../../../src/lib/target/view';
import { translator } from '../../../src/lib/kit/strings';

const raw = () => targetFormValues(defaultTargetState());

describe('target form', () => {
  it('round-trips the defaults', () => {
    expect(readTargetForm(raw())).toEqual({ state: defaultTargetState(), errors: {} });
  });

  it('reads 万, ¥ and full-width digits', () => {
    const { state } = readTargetForm({ ...raw(), target: '300万', aov: '￥１５０', cr: '2.5%' });
    expect(state).toMatchObject({ targetFen: 300_000_000, aovFen: 15_000, crBp: 250 });
    expect(readTargetForm({ ...raw(), roi: '1:3.5' }).state?.roiH).toBe(350);
    expect(readTargetForm({ ...raw(), roi: '1：4' }).state?.roiH).toBe(400);
  });

  it.each([
    ['target', '', 'required'],
    ['cr', '0', 'positive'],
    ['roi', '0', 'positive'],
    ['visitors', '-5', 'range'],
    ['cr', '120', 'range'],
    ['months', '1.5', 'precision'],
    ['aov', 'abc', 'number'],
    ['months', '48', 'range'],
  ])('refuses %s = %j (%s) and computes nothing', (name, value, code) => {
    const { state, errors } = readTargetForm({ ...raw(), [name]: value });
    expect(state).toBeNull();
    expect(errors[name]?.code).toBe(code);
  });

  it.each([
    ['repeat', '101', 'range'],
    ['repeat', '-1', 'range'],
    ['repeat', 'abc', 'number'],
    ['cpc', '0', 'positive'],
    ['cpc', '2000', 'range'],
    ['cpc', '0.001', 'precision'],
  ])('refuses %s = %j (%s)', (name, value, code) => {
    const { state, errors } = readTargetForm({ ...raw(), [name]: value });
    expect(state).toBeNull();
    expect(errors[name]?.code).toBe(code);
  });

  it('reads the repeat share and the cost per click, and needs an ROI or a CPC', () => {
    expect(readTargetForm({ ...raw(), repeat: '25%', cpc: '¥1.2' }).state).toMatchObject({
      repeatBp: 2_500,
      cpcFen: 120,
      roiH: 300,
    });
    expect(readTargetForm({ ...raw(), roi: '', cpc: '0.8' }).state).toMatchObject({ roiH: null, cpcFen: 80 });
    const neither = readTargetForm({ ...raw(), roi: '', cpc: '' });
    expect(neither.state).toBeNull();
    expect(neither.errors).toEqual({ roi: { code: 'either' } });
  });

  it('a link with a cost per click and no ROI promises none; old links read as before', () => {
    const byClick = readTargetForm(rawFromQuery(new URLSearchParams('cpc=1.2&repeat=20'), raw())).state;
    expect(byClick).toMatchObject({ roiH: null, cpcFen: 120, repeatBp: 2_000 });
    const old = readTargetForm(rawFromQuery(new URLSearchParams('target=3000000&roi=3&paid=40'), raw())).state;
    expect(old).toMatchObject({ roiH: 300, cpcFen: null, repeatBp: 0 });
    const both = { ...defaultTargetState(), repeatBp: 1_250, cpcFen: 95, roiH: null };
    expect(readTargetForm(rawFromQuery(new URLSearchParams(queryFromState(both)), raw())).state).toEqual(both);
  });

  it('leaves optional fields empty as null', () => {
    const { state } = readTargetForm({ ...raw(), stock: '', approve: '' });
    expect(state).toMatchObject({ stockUnits: null, approvalDays: null });
  });

  it('the link carries every input and reads back the same state', () => {
    const changed = { ...defaultTargetState(), targetFen: 123_456_78, stockUnits: 900, history: 'none' as const };
    const query = new URLSearchParams(queryFromState(changed));
    for (const name of ['target', 'months', 'visitors', 'cr', 'aov', 'roi', 'paid', 'budget'])
      expect(query.has(name)).toBe(true);
    expect(readTargetForm(rawFromQuery(query, raw())).state).toEqual(changed);
    expect(hasInputs(new URLSearchParams('utm=1'))).toBe(false);
  });

  it('the saved-state schema accepts the defaults and refuses a zero conversion', () => {
    expect(targetStateDefinition.schema.safeParse(defaultTargetState()).success).toBe(true);
    expect(targetStateDefinition.schema.safeParse({ ...defaultTargetState(), crBp: 0 }).success).toBe(false);
  });
});

describe('target view', () => {
  it('words the example’s sentence and exposes the figures', () => {
    const view = targetView(defaultTargetState(), translator(targetStrings.en));
    expect(view.sentence).toBe(
      'This target needs 83,334 visitors in an average month (1.67× today’s) and ¥33,333 a month of ads; you have committed ¥30,000.',
    );
    const cells = view.levers.flat();
    expect(cells.find((c) => c.result === 'implied-ad-spend')?.value).toBe('33333.33');
    expect(cells.find((c) => c.result === 'required-visitors')?.value).toBe('83334');
    expect(view.clause).toHaveLength(4);
    expect(view.clause[1]).toContain('end of month 12: ¥3,000,000');
  });

  it('flags GMV as the agency-favourable measure', () => {
    const t = translator(targetStrings.zh);
    expect(targetView({ ...defaultTargetState(), basis: 'gmv' }, t).warnings).toHaveLength(1);
    expect(targetView(defaultTargetState(), t).warnings).toHaveLength(0);
  });
});

describe('sensitivity', () => {
  it('names the side that moves the reach most, and says so when they are equal', async () => {
    const { sensitivityKey } = await import('../../../src/lib/target/view');
    expect(sensitivityKey({ free: 9_000_00, paid: 9_000_00 })).toBe('sens.tie');
    expect(sensitivityKey({ free: 12_000_00, paid: 9_000_00 })).toBe('sens.free');
    expect(sensitivityKey({ free: 1, paid: 2 })).toBe('sens.paid');
    const view = targetView(defaultTargetState(), translator(targetStrings.en));
    // The example: 150,000 × 60 % / 10 = 9,000 and 30,000 × 3 / 10 = 9,000.
    expect(view.sensitivity).toBe(
      'Both sides matter equally: 10% more visitors, conversion or order value adds ¥9,000 a month, and 10% more ROI or budget adds ¥9,000.',
    );
  });
});
