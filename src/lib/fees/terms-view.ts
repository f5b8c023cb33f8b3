/**
 * What the settlement section shows for a state: the statement of one offer in one month, the jumps
 * of a whole-amount schedule, the month's cost on each commission base, and the guarantee's refunds
 * measured monthly, quarterly and yearly. Loaded with the section (src/scripts/fees/terms.ts) and by
 * the CSV, never with the page's first script.
 */
import { amount, csvCell } from './csv';
import { MAX_GMV_FEN } from './limits';
import { MODEL_IDS, baseShareBp, computeAgencyCost, type ModelId } from './models';
import { divideRounded, formatYuan } from '../money';
import { planMonths } from './plan';
import { moduleLines } from './module';
import {
  agencyModel,
  commissionBasis,
  moduleMonth,
  moduleOffer,
  monthlyGuarantee,
  periodRefunds,
  toBp,
} from './results';
import { settlementStatement, tierJumps, type Statement } from './statement';
import { BASES, PERIODS, type FeeState } from './state';
import type { FeeTranslate } from './strings';
import { monthNames, offerNames, statementLineText } from './text';
import type { TableModel } from './view';

/** `current`: the compared month (step 1's sales); 0–11: a month of the plan. */
export type MonthPick = 'current' | number;

/** The plan's GMV by month, and its calendar months. */
function plan(state: FeeState) {
  return planMonths({
    startFen: state.gmvFen,
    startMonth: state.plan.startMonth,
    growthBp: toBp(state.plan.growthPct),
    peaks: {
      peak618: toBp(state.plan.peak618),
      peakDouble11: toBp(state.plan.peakDouble11),
      peakNewYear: toBp(state.plan.peakNewYear),
    },
  });
}

/** The statement of `id` for a month; its total is that month's cost in the results and the plan. */
export function statementFor(state: FeeState, id: ModelId, month: MonthPick): Statement {
  if (id === 'module') {
    const calendar = month === 'current' ? 0 : ((state.plan.startMonth - 1 + month) % 12) + 1;
    const lines = moduleLines(moduleOffer(state), moduleMonth(state, month === 'current' ? 0 : month + 1, calendar));
    return { lines, totalFen: lines.reduce((sum, line) => sum + (line.charge ? line.fen : 0), 0) };
  }
  const basis = commissionBasis(state);
  const model = agencyModel(state, id);
  const later = id === 'base-commission' && !monthlyGuarantee(state);
  if (month === 'current') return settlementStatement(model, state.gmvFen, basis, { refundFen: 0, later });
  const months = plan(state).map((row) => row.gmvFen);
  const refundFen = id === 'base-commission' ? (periodRefunds(state, months)[month] ?? 0) : 0;
  return settlementStatement(model, months[month] ?? 0, basis, { refundFen, later });
}

const col = (text: string) => ({ text, scope: 'col' as const });
const rowHead = (text: string) => ({ text, scope: 'row' as const });

export interface TermsView {
  models: { id: ModelId; name: string }[];
  months: { value: string; label: string }[];
  caption: string;
  statement: TableModel;
  jumps: string[];
  bases: TableModel;
  refunds: TableModel | null;
}

function monthLabel(state: FeeState, month: MonthPick, t: FeeTranslate): string {
  if (month === 'current') return t('statement.current');
  const calendar = ((state.plan.startMonth - 1 + month) % 12) + 1;
  return t('statement.plan-month', { n: month + 1, month: monthNames(t)[calendar - 1] ?? '' });
}

/** The statement as rows of [item, amount, in the total]. */
function statementRows(state: FeeState, id: ModelId, month: MonthPick, t: FeeTranslate) {
  const statement = statementFor(state, id, month);
  const on = id === 'fixed' ? state.commissionOn : (agencyModel(state, id).on ?? state.commissionOn);
  const basis = t(`basis.${on}`);
  return {
    statement,
    rows: statement.lines.map((line) => ({
      text: statementLineText(line, t, basis),
      fen: line.fen,
      charge: line.charge,
    })),
  };
}

export function buildTermsView(state: FeeState, t: FeeTranslate, pickModel: string, pickMonth: string): TermsView {
  const names = offerNames(state.models, t);
  const short = offerNames(state.models, t, true);
  const enabled = MODEL_IDS.filter((id) => state.models[id].enabled);
  const id = enabled.find((model) => model === pickModel) ?? enabled[0];
  const month: MonthPick = pickMonth === '' || pickMonth === 'current' ? 'current' : Number(pickMonth);
  const months = [
    { value: 'current', label: t('statement.current') },
    ...Array.from({ length: 12 }, (_, index) => ({ value: String(index), label: monthLabel(state, index, t) })),
  ];
  const basis = commissionBasis(state);
  let statement: TableModel = { head: [], body: [] };
  if (id) {
    const { rows, statement: bill } = statementRows(state, id, month, t);
    statement = {
      head: [col(t('statement.item')), col(t('statement.amount')), col(t('statement.counted'))],
      body: [
        ...rows.map((row) => ({
          ...(row.charge ? {} : { attrs: { 'data-info': '' } }),
          cells: [
            rowHead(row.text),
            { text: formatYuan(row.fen) },
            { text: row.charge ? t('statement.yes') : t('statement.no') },
          ],
        })),
        {
          attrs: { 'data-total': '' },
          cells: [
            rowHead(t('statement.total')),
            {
              text: formatYuan(bill.totalFen),
              inner: { 'data-result': 'statement-total', 'data-model': id, 'data-value': amount(bill.totalFen) },
            },
            { text: '' },
          ],
        },
      ],
    };
  }
  const jumps = enabled.includes('tiered')
    ? tierJumps(agencyModel(state, 'tiered'), basis, MAX_GMV_FEN).map((jump) =>
        t('jumps.item', { gmv: formatYuan(jump.belowGmvFen), name: names.tiered, jump: formatYuan(jump.jumpFen) }),
      )
    : [];
  const commissionOffers = enabled.filter((model) => model !== 'fixed' && model !== 'module');
  const bases: TableModel = {
    head: [col(t('bases.basis')), col(t('bases.amount')), ...commissionOffers.map((model) => col(short[model]))],
    body: BASES.map((on) => ({
      cells: [
        rowHead(t(`basis.${on}`)),
        { text: formatYuan(Number(divideRounded(BigInt(state.gmvFen) * BigInt(baseShareBp(on, basis)), 10_000n))) },
        ...commissionOffers.map((model) => ({
          text: formatYuan(
            computeAgencyCost({ ...agencyModel(state, model), on }, state.gmvFen, basis, monthlyGuarantee(state)),
          ),
        })),
      ],
    })),
  };
  const offer = state.models['base-commission'];
  let refunds: TableModel | null = null;
  if (enabled.includes('base-commission') && offer.guaranteeFen !== null) {
    const rows = plan(state);
    const gmvs = rows.map((row) => row.gmvFen);
    const byPeriod = PERIODS.map((period) => {
      const variant = { ...state, models: { ...state.models, 'base-commission': { ...offer, period } } };
      if (period !== 'month') return periodRefunds(variant, gmvs);
      const model = agencyModel(variant, 'base-commission');
      return gmvs.map(
        (gmvFen) => computeAgencyCost(model, gmvFen, basis, false) - computeAgencyCost(model, gmvFen, basis, true),
      );
    });
    const names12 = monthNames(t);
    refunds = {
      head: [col(t('refunds.month')), ...PERIODS.map((period) => col(t(`period.${period}`)))],
      body: [
        ...rows.map((row, index) => ({
          cells: [
            rowHead(names12[row.month - 1] ?? ''),
            ...byPeriod.map((list) => ({ text: formatYuan(list[index] ?? 0) })),
          ],
        })),
        {
          attrs: { 'data-total': '' },
          cells: [
            rowHead(t('refunds.total')),
            ...byPeriod.map((list) => ({ text: formatYuan(list.reduce((sum, fen) => sum + fen, 0)) })),
          ],
        },
      ],
    };
  }
  return {
    models: enabled.map((model) => ({ id: model, name: short[model] })),
    months,
    caption: id ? t('statement.caption', { name: names[id], month: monthLabel(state, month, t) }) : '',
    statement,
    jumps,
    bases,
    refunds,
  };
}

/**
 * Every compared offer's statement for the compared month, as CSV lines (appended to the plan's CSV),
 * and the offer priced by module's for month 1 too (its set-up fee and deposit).
 */
export function statementsCsv(state: FeeState, t: FeeTranslate): string[][] {
  const names = offerNames(state.models, t, true);
  const lines: string[][] = [];
  const bills = MODEL_IDS.filter((model) => state.models[model].enabled).flatMap((id): [ModelId, MonthPick][] =>
    id === 'module'
      ? [
          [id, 'current'],
          [id, 0],
        ]
      : [[id, 'current']],
  );
  for (const [id, month] of bills) {
    const { rows, statement } = statementRows(state, id, month, t);
    lines.push(
      [],
      [csvCell(t('csv.statement', { name: names[id], month: monthLabel(state, month, t) }))],
      [csvCell(t('csv.item')), csvCell(t('csv.amount')), csvCell(t('csv.counted'))],
      ...rows.map((row) => [
        csvCell(row.text),
        amount(row.fen),
        csvCell(row.charge ? t('statement.yes') : t('statement.no')),
      ]),
      [csvCell(t('statement.total')), amount(statement.totalFen), ''],
    );
  }
  return lines;
}
