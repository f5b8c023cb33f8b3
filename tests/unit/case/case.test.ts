import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBackup, encodeBackup } from '../../../src/lib/case/backup';
import {
  withChoice,
  withChosenOffer,
  withDetails,
  withNameMatches,
  withOffer,
  withoutGone,
} from '../../../src/lib/case/edit';
import { caseFormValues, readCaseForm } from '../../../src/lib/case/form';
import { readCaseSources } from '../../../src/lib/case/read';
import {
  caseDefinition,
  caseStateSchema,
  defaultCaseState,
  OFFER_MODELS,
  type CaseState,
} from '../../../src/lib/case/state';
import { caseAgencies, caseChoice } from '../../../src/lib/case/view';
import { contractStateDefinition } from '../../../src/lib/contract/state';
import { feeStateDefinition } from '../../../src/lib/fees/state';
import { scopeStateDefinition } from '../../../src/lib/scope/state';
import { decodeEnvelope, type ToolStateDefinition } from '../../../src/lib/state';
import { vettingDefinition } from '../../../src/lib/vetting/state';

const saved = (tool: string) => readFileSync(new URL(`../../fixtures/saved/${tool}-v1.json`, import.meta.url), 'utf8');
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- definitions of different state types
const DEFINITIONS: ToolStateDefinition<any>[] = [
  scopeStateDefinition,
  feeStateDefinition,
  vettingDefinition,
  contractStateDefinition,
  caseDefinition,
];
const offer = fc.constantFrom(...OFFER_MODELS);
const agencyId = fc.constantFrom('a1', 'b2', 'c3');

describe('offers in the case file', () => {
  it('an offer is never two agencies’ at once, whatever the merchant ticks', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(agencyId, offer, fc.boolean()), { maxLength: 30 }), (steps) => {
        let state = defaultCaseState();
        for (const [id, model, mine] of steps) state = withOffer(state, id, model, mine);
        expect(caseStateSchema.safeParse(state).success).toBe(true);
        const last = new Map<string, string | null>();
        for (const [id, model, mine] of steps)
          last.set(model, mine ? id : last.get(model) === id ? null : (last.get(model) ?? null));
        for (const model of OFFER_MODELS) {
          const owners = Object.entries(state.agencies)
            .filter(([, d]) => d.offers.includes(model))
            .map(([id]) => id);
          expect(owners).toEqual(last.get(model) ? [last.get(model)] : []);
        }
      }),
    );
  });

  it('choosing an agency takes its only offer with it, and a second offer asks which', () => {
    let state = withOffer(defaultCaseState(), 'a1', 'commission', true);
    state = withChoice(state, 'a1');
    expect(state).toMatchObject({ chosen: 'a1', chosenOffer: 'commission' });
    state = withOffer(state, 'a1', 'tiered', true);
    expect(state.chosenOffer).toBe('commission');
    state = withChoice(withChoice(state, null), 'a1');
    expect(state.chosenOffer).toBeNull();
    expect(withChosenOffer(state, 'tiered').chosenOffer).toBe('tiered');
    // An offer that is not the chosen agency's cannot be picked for the contract.
    expect(withChosenOffer(state, 'fixed').chosenOffer).toBeNull();
    // Taking the picked offer from the agency unpicks it.
    expect(withOffer(withChosenOffer(state, 'tiered'), 'b2', 'tiered', true).chosenOffer).toBeNull();
  });

  it('links offers named exactly like one agency, and leaves doubtful names alone', () => {
    const agencies = [
      { id: 'a1', name: '杭州某某电商' },
      { id: 'b2', name: 'B Agency' },
      { id: 'c3', name: 'b agency' },
      { id: 'd4', name: 'Ｃ公司' },
    ];
    const state = withNameMatches(defaultCaseState(), agencies, [
      { model: 'base-commission', label: ' 杭州某某电商 ' },
      { model: 'commission', label: 'B AGENCY' },
      { model: 'fixed', label: 'C公司' },
      { model: 'tiered', label: '' },
    ]);
    expect(state.agencies).toEqual({
      a1: { legalZh: '', legalEn: '', contact: '', offers: ['base-commission'] },
      d4: { legalZh: '', legalEn: '', contact: '', offers: ['fixed'] },
    });
  });
});

describe('the case form', () => {
  it('reads legal names per agency, refuses a line break, and keeps the last good value', () => {
    const state = withDetails(defaultCaseState(), 'a1', { legalZh: '旧名称' });
    const values = {
      ...caseFormValues(state, ['a1', 'b2']),
      'legalZh.a1': '杭州某某\n电子商务',
      'legalEn.b2': ' Bright TP Co., Ltd. ',
      chosen: 'b2',
    };
    const result = readCaseForm(values, state, ['a1', 'b2']);
    expect(result.errors).toEqual({ 'legalZh.a1': { code: 'text-control' } });
    expect(result.state.agencies['a1']?.legalZh).toBe('旧名称');
    expect(result.state.agencies['b2']?.legalEn).toBe('Bright TP Co., Ltd.');
    expect(result.state.chosen).toBe('b2');
  });

  it('ignores a choice of an agency the scorecard no longer has', () => {
    const result = readCaseForm({ chosen: 'gone' }, defaultCaseState(), ['a1']);
    expect(result.state.chosen).toBeNull();
  });

  it('drops details and the choice of agencies removed from the scorecard', () => {
    let state: CaseState = withDetails(defaultCaseState(), 'a1', { contact: '王经理' });
    state = withChoice(withDetails(state, 'b2', { contact: 'x' }), 'b2');
    expect(withoutGone(state, ['a1'])).toEqual({
      agencies: { a1: state.agencies['a1'] },
      chosen: null,
      chosenOffer: null,
    });
  });
});

describe('the joined view', () => {
  it('shows the scorecard’s agencies with their offers and the red flags seen, and the chosen offer', () => {
    const sources = readCaseSources((tool) => (tool === 'case' ? null : saved(tool)));
    expect(sources.vetting?.agencies).toHaveLength(2);
    let state = withOffer(defaultCaseState(), 'a1b2c3', 'base-commission', true);
    state = withChoice(state, 'a1b2c3');
    const agencies = caseAgencies(sources.vetting, sources.fees, state, (id) => id === 'rf-no-access');
    expect(agencies.map((agency) => agency.name)).toEqual(['杭州某某电商', 'B Agency']);
    expect(agencies[0]?.flags).toEqual([{ id: 'rf-no-access', note: '要主账号' }]);
    expect(caseChoice(agencies, state)?.offer).toMatchObject({ model: 'base-commission', enabled: true });
    expect(caseAgencies(sources.vetting, sources.fees, state, () => false)[0]?.flags).toEqual([]);
  });
});

describe('the full backup', () => {
  const stored = Object.fromEntries(['scope', 'fees', 'vetting', 'contract'].map((tool) => [tool, saved(tool)]));

  it('holds every saved tool and reads back to the same states', () => {
    const { text, included, skipped } = encodeBackup({ ...stored, case: null }, new Date('2026-12-02T00:00:00Z'));
    expect(included).toEqual(['scope', 'fees', 'vetting', 'contract']);
    expect(skipped).toEqual([]);
    const decoded = decodeBackup(text, DEFINITIONS);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    for (const part of decoded.parts) {
      const definition = DEFINITIONS.find((item) => item.tool === part.tool);
      const alone = definition && decodeEnvelope(definition, stored[part.tool] ?? '');
      expect(alone?.ok && alone.data).toEqual(part.data);
    }
  });

  it('leaves damaged stored data out and says so', () => {
    const { included, skipped } = encodeBackup(
      { scope: stored['scope'] ?? null, fees: '{"app":', vetting: null },
      new Date(),
    );
    expect(included).toEqual(['scope']);
    expect(skipped).toEqual(['fees']);
  });

  it('refuses the whole file when one part is wrong, naming the part', () => {
    const file = JSON.parse(encodeBackup(stored, new Date()).text) as {
      tools: Record<string, Record<string, unknown>>;
    };
    const bad = { ...file, tools: { ...file.tools, vetting: { ...file.tools['vetting'], schemaVersion: 99 } } };
    expect(decodeBackup(JSON.stringify(bad), DEFINITIONS)).toEqual({
      ok: false,
      error: {
        code: 'part',
        tool: 'vetting',
        error: { code: 'future-version', found: 99, supported: vettingDefinition.version },
      },
    });
    const foreign = { ...file, tools: { ...file.tools, other: file.tools['fees'] } };
    expect(decodeBackup(JSON.stringify(foreign), DEFINITIONS)).toMatchObject({
      ok: false,
      error: { code: 'part', tool: 'other' },
    });
  });

  it('refuses what is not a backup, a newer backup, an empty one, and pollution', () => {
    expect(decodeBackup(saved('fees'), DEFINITIONS)).toEqual({ ok: false, error: { code: 'not-backup' } });
    const newer = { app: 'tmall-agency-guide', kind: 'backup', backupVersion: 2, tools: {} };
    expect(decodeBackup(JSON.stringify(newer), DEFINITIONS)).toMatchObject({
      ok: false,
      error: { code: 'future-version' },
    });
    const empty = { ...newer, backupVersion: 1 };
    expect(decodeBackup(JSON.stringify(empty), DEFINITIONS)).toEqual({ ok: false, error: { code: 'empty' } });
    const polluted = '{"app":"tmall-agency-guide","kind":"backup","backupVersion":1,"tools":{"__proto__":{"x":1}}}';
    expect(decodeBackup(polluted, DEFINITIONS)).toEqual({ ok: false, error: { code: 'empty' } });
    expect(decodeBackup('not json', DEFINITIONS)).toMatchObject({ ok: false, error: { code: 'file' } });
  });

  it('a tool’s own import recognises a backup and refuses it', () => {
    const { text } = encodeBackup(stored, new Date());
    expect(decodeEnvelope(feeStateDefinition, text)).toEqual({
      ok: false,
      error: { code: 'not-envelope', detail: 'backup' },
    });
  });
});
