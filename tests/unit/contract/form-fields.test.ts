import { describe, expect, it } from 'vitest';
import { contractSections } from '../../../src/lib/contract/form-fields';
import { choiceFields, contractFormValues, triFields } from '../../../src/lib/contract/form';
import { OFFER_KEYS, defaultContractState } from '../../../src/lib/contract/state';

const fields = contractSections.flatMap((section) => [...section.fields, ...(section.group?.fields ?? [])]);
const shown = [
  ...fields.map((field) => field.name),
  ...(contractSections.some((section) => section.offers) ? OFFER_KEYS.map((key) => `offer.${key}`) : []),
];
const stateValues = contractFormValues(defaultContractState());

describe('contract form description', () => {
  it('has one control for every value the form reads back, and none that it does not read', () => {
    expect([...shown].sort()).toEqual(Object.keys(stateValues).sort());
    expect(new Set(shown).size).toBe(shown.length);
  });

  it('numbers its sections 1, 2, 3… in order, each with a title in both languages', () => {
    expect(contractSections.map((section) => section.step)).toEqual(contractSections.map((_, i) => i + 1));
    for (const section of contractSections) {
      expect(section.title.zh.length).toBeGreaterThan(0);
      expect(section.title.en.length).toBeGreaterThan(0);
    }
  });

  it('offers every allowed choice of a select, plus "not decided"', () => {
    for (const field of fields) {
      if (field.kind !== 'select') continue;
      const values = field.options.map((option) => option.value);
      const allowed = (triFields as readonly string[]).includes(field.name)
        ? ['yes', 'no']
        : [...(choiceFields[field.name as keyof typeof choiceFields] as readonly string[])];
      expect(values, field.name).toEqual(['', ...allowed]);
    }
  });

  it('shows a dependent field only after a field that is really on the form, for values it can take', () => {
    for (const field of fields) {
      if (!field.when) continue;
      const [name = '', accepted = ''] = field.when.split('=');
      const at = fields.findIndex((other) => other.name === name);
      const control = fields[at];
      expect(control?.kind, `${field.name} depends on ${name}`).toBe('select');
      const values = control?.kind === 'select' ? control.options.map((option) => option.value) : [];
      for (const value of accepted.split('|')) expect(values, `${field.name}: ${field.when}`).toContain(value);
      expect(at, `${field.name} comes after ${name}`).toBeLessThan(fields.indexOf(field));
    }
  });
});

describe('the customer-service group', () => {
  const group = contractSections.find((section) => section.group)?.group;

  it('is offered unless the matrix says the merchant keeps customer service', () => {
    expect(group?.when).toBe('csOutsourced=yes');
    expect(group?.fields.map((field) => field.name)).toEqual([
      'csFirstReplySeconds',
      'csConversionPct',
      'csCoverage',
      'csPeak1From',
      'csPeak1To',
      'csPeak2From',
      'csPeak2To',
    ]);
  });

  it('starts a first visit on the commission base that protects the merchant', () => {
    expect(stateValues['commissionBase']).toBe('net');
  });
});
