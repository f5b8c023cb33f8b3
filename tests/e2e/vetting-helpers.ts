import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';
export { envelope } from '../fixtures/envelope';

export const STORAGE_KEY = 'tmall-agency-guide:v1:vetting';

export interface PageCatalogue {
  criteria: { id: string; knockout: boolean; weight?: number; group: string }[];
  redFlags: { id: string; severity: 1 | 2 | 3 }[];
}

/** The ids and weights the page was built with (from `data-catalogue`). */
export async function readCatalogue(page: Page): Promise<PageCatalogue> {
  return JSON.parse((await page.locator('vetting-scorecard').getAttribute('data-catalogue')) ?? '{}') as PageCatalogue;
}

/** One criterion or red flag in the editor. */
export function item(page: Page, id: string) {
  return page.locator(`[data-editor] [data-id="${id}"]`);
}

export interface AgencyPlan {
  name: string;
  /** Every knockout gets this answer, except `fail`, which gets `no`. */
  knockouts: 'yes' | 'unchecked';
  fail?: string;
  /** Every scored criterion gets this score. */
  score: number;
  flags?: string[];
}

export async function addAgency(page: Page, name: string): Promise<void> {
  await page.locator('[data-action="add"]').click();
  await expect(page.locator('#vs-agency-name')).toBeFocused();
  await page.locator('#vs-agency-name').fill(name);
}

/**
 * Adds an agency and fills it in as planned. The first knockout and the first score are clicked as
 * a user would; the other forty-odd choices are set in one go (same `change` events, far faster).
 */
export async function fillAgency(page: Page, catalogue: PageCatalogue, plan: AgencyPlan): Promise<void> {
  await addAgency(page, plan.name);
  const choices = catalogue.criteria.map((criterion) => {
    const value = criterion.knockout ? (criterion.id === plan.fail ? 'no' : plan.knockouts) : String(plan.score);
    return `[data-editor] [data-id="${criterion.id}"] input[type="radio"][value="${value}"]`;
  });
  const [firstKnockout, ...rest] = choices;
  const firstScored = choices[catalogue.criteria.findIndex((criterion) => !criterion.knockout)];
  for (const selector of [firstKnockout, firstScored]) if (selector) await page.locator(selector).check();
  const flags = (plan.flags ?? []).map((id) => `[data-editor] [data-id="${id}"] input[data-field="flag"]`);
  await page.evaluate(
    (selectors) => {
      for (const selector of selectors) {
        const input = document.querySelector<HTMLInputElement>(selector);
        if (!input) throw new Error(`no ${selector}`);
        input.checked = true;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      }
    },
    [...rest.filter((selector) => selector !== firstScored), ...flags],
  );
  for (const selector of choices) await expect(page.locator(selector)).toBeChecked();
}

/** Waits until the store reports the state saved. */
export async function expectSaved(page: Page): Promise<void> {
  await expect(page.locator('[data-store-status]')).toHaveAttribute('data-saved', 'true');
}

export function agencyData(id: string, name: string, extra: Record<string, unknown> = {}) {
  return { id, name, notes: '', knockouts: {}, scores: {}, redFlags: {}, ...extra };
}

/** Chooses a file in the store's import control. */
export async function importFile(page: Page, name: string, body: string | Buffer): Promise<void> {
  await page
    .locator('[data-store-import]')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(body) });
}

/** Text of a PDF, as `pdftotext` (poppler-utils) extracts it. */
export function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'vetting-pdf-'));
  const file = path.join(dir, 'scorecard.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}
