import fc from 'fast-check';
import { CADENCES, FEE_MODELS, HOLDERS, KPI_METRICS, OUTPUT_LANGUAGES, PARTIES } from '../../../src/lib/contract/model';
import {
  CS_COVERAGES,
  LIMITS,
  OFFER_KEYS,
  type ContractState,
  type TierBracket,
} from '../../../src/lib/contract/state';
import { CUSTODIES, OWNERS } from '../../../src/lib/scope/model';

const money = fc.option(fc.integer({ min: 0, max: LIMITS.moneyFen }));
const range = ([min, max]: readonly [number, number]) => fc.option(fc.integer({ min, max }));
const flag = fc.option(fc.boolean());
const pct = fc.option(fc.integer({ min: 0, max: 10_000 }).map((value) => value / 100));
/** Free text; braces left out so that a leftover `{slot}` in output can only come from the template. */
const name = (max: number) => fc.string({ maxLength: max }).map((value) => value.replace(/[{}]/g, ''));

/** Any valid contract state (what the schema accepts). */
export const contractState: fc.Arbitrary<ContractState> = fc
  .record({
    merchantNameZh: name(LIMITS.nameLength),
    merchantNameEn: name(LIMITS.nameLength),
    agencyNameZh: name(LIMITS.nameLength),
    agencyNameEn: name(LIMITS.nameLength),
    agencyId: fc.option(fc.constantFrom('a1b2c3', 'azz9')),
    feeFrom: fc.option(fc.constantFrom(...FEE_MODELS)),
    tiers: fc.constantFrom<TierBracket[][]>(
      [],
      [
        { upToFen: 20_000_000, ratePct: 5 },
        { upToFen: 50_000_000, ratePct: 8 },
        { upToFen: null, ratePct: 10 },
      ],
      [{ upToFen: null, ratePct: 6.5 }],
    ),
    recorded: fc.array(fc.record({ id: fc.constantFrom('rf-guaranteed-sales', 'rf-fake-orders'), note: name(40) }), {
      maxLength: 2,
    }),
    draftDate: fc.constantFrom('', '2026-11-30', '2027-02-28'),
    draftVersion: name(LIMITS.versionLength),
    output: fc.option(fc.constantFrom(...OUTPUT_LANGUAGES)),
    custody: fc.option(fc.constantFrom(...CUSTODIES)),
    specialCategory: flag,
    tmallGlobal: flag,
    foreignBrand: flag,
    owners: fc.dictionary(
      fc.constantFrom('paid-ads', 'onboarding', 'membership', 'presale-service', 'aftersale-service'),
      fc.constantFrom(...OWNERS),
    ),
    feeModel: fc.option(fc.constantFrom(...FEE_MODELS)),
    baseFeeFen: money,
    commissionRatePct: pct,
    fixedFeeFen: money,
    commissionBase: fc.option(fc.constantFrom('gmv' as const, 'net' as const)),
    minFeeFen: money,
    capFeeFen: money,
    kpiMetric: fc.option(fc.constantFrom(...KPI_METRICS)),
    kpiMetricOther: name(LIMITS.metricLength),
    kpiTargetRaw: fc.option(fc.integer({ min: 0, max: 10_000 })),
    kpiPeriodMonths: range(LIMITS.kpiPeriodMonths),
    gmvTargetFen: fc.option(fc.integer({ min: 0, max: LIMITS.gmvFen })),
    guarantee: flag,
    refundAmountFen: money,
    refundDays: range(LIMITS.refundDays),
    reportCadence: fc.option(fc.constantFrom(...CADENCES)),
    meetingCadence: fc.option(fc.constantFrom(...CADENCES)),
    backOfficeAccess: flag,
    responseDays: range(LIMITS.responseDays),
    storeHolder: fc.option(fc.constantFrom(...HOLDERS)),
    storeEntityName: name(LIMITS.nameLength),
    licenceHolder: fc.option(fc.constantFrom(...HOLDERS)),
    licenceHolderName: name(LIMITS.nameLength),
    adBudgetFen: money,
    adPayer: fc.option(fc.constantFrom(...PARTIES)),
    ipOwner: fc.option(fc.constantFrom(...PARTIES)),
    agencyDeposit: flag,
    depositFen: money,
    termMonths: range(LIMITS.termMonths),
    noticeDays: range(LIMITS.noticeDays),
    handoverDays: range(LIMITS.handoverDays),
    csFirstReplySeconds: range(LIMITS.csFirstReplySeconds),
    csConversionPct: pct,
    csCoverage: fc.option(fc.constantFrom(...CS_COVERAGES)),
    csPeak1From: fc.constantFrom('', '2026-06-01'),
    csPeak1To: fc.constantFrom('', '2026-06-20'),
    csPeak2From: fc.constantFrom('', '2026-10-20'),
    csPeak2To: fc.constantFrom('', '2026-11-12'),
    offer: fc.record(
      Object.fromEntries(OFFER_KEYS.map((key) => [key, fc.boolean()])) as Record<
        (typeof OFFER_KEYS)[number],
        fc.Arbitrary<boolean>
      >,
    ),
    ticks: fc.dictionary(fc.constantFrom('c-term', 'c-kpi-gmv', 'c-ads'), fc.boolean()),
  })
  .map(({ kpiTargetRaw, ...rest }) => {
    // A target that fits its metric: whole fen for GMV, two decimals up to 100 otherwise.
    const kpiTarget =
      kpiTargetRaw === null ? null : rest.kpiMetric === 'gmv' ? kpiTargetRaw * 10_000 : kpiTargetRaw / 100;
    const { minFeeFen, capFeeFen } = rest;
    const capOk = minFeeFen === null || capFeeFen === null || minFeeFen <= capFeeFen;
    return { ...rest, kpiTarget, capFeeFen: capOk ? capFeeFen : minFeeFen };
  });
