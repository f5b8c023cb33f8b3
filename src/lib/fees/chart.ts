/**
 * Geometry of the "agency cost against GMV" chart, ready to draw: the page draws it as SVG on
 * the server and redraws it in the browser from the same numbers. Each model is piecewise linear,
 * so its line through its kink points is exact, not sampled.
 */
import type { Locale } from '../i18n';
import { computeAgencyCost, kinkPoints, type ModelId } from './models';
import type { Fen } from '../money';
import { agencyModel, commissionBasis, type FeeResults } from './results';
import type { FeeState } from './state';

export const CHART_SIZE = { width: 400, height: 250, left: 48, right: 20, top: 12, bottom: 24 } as const;

export interface ChartTick {
  value: Fen;
  /** Position along the axis in viewBox units. */
  at: number;
  label: string;
}

export interface ChartModel {
  xTicks: ChartTick[];
  yTicks: ChartTick[];
  /** One polyline per enabled model, as an SVG `points` attribute. */
  series: { id: ModelId; points: string }[];
  /** The compared month's GMV as an x position, when inside the range. */
  current: { at: number; value: Fen } | null;
  /** Break-even points inside the range. */
  crossings: { x: number; y: number; value: Fen }[];
  /** The same figures for the data table: each tick and the compared GMV. */
  rows: { gmvFen: Fen; costs: Partial<Record<ModelId, Fen>>; current: boolean }[];
}

/** Short money for axes: "¥20万", "¥1.5亿" in Chinese; "¥200k", "¥1.5M" in English. */
export function compactYuan(fen: Fen, locale: Locale): string {
  const yuan = fen / 100;
  const steps: [number, string][] =
    locale === 'zh'
      ? [
          [1e8, '亿'],
          [1e4, '万'],
        ]
      : [
          [1e9, 'B'],
          [1e6, 'M'],
          [1e3, 'k'],
        ];
  for (const [size, suffix] of steps) {
    if (yuan >= size) return `¥${Number((yuan / size).toFixed(2))}${suffix}`;
  }
  return `¥${Number(yuan.toFixed(2))}`;
}

/** A round step (1, 2, 2.5 or 5 × 10ⁿ fen, at least ¥1) that covers `span` in about four steps. */
function niceStep(span: number): number {
  const rough = Math.max(span / 4, 100);
  const power = 10 ** Math.floor(Math.log10(rough));
  const factor = [1, 2, 2.5, 5, 10].find((candidate) => candidate * power >= rough) ?? 10;
  return factor * power;
}

/** Tick values from 0 past `maxRaw` in round steps; `max` is the last tick. */
function ticks(maxRaw: number): { max: number; values: Fen[] } {
  const step = niceStep(maxRaw);
  const count = Math.max(1, Math.ceil(maxRaw / step));
  return { max: step * count, values: Array.from({ length: count + 1 }, (_, index) => step * index) };
}

const round1 = (value: number) => Math.round(value * 10) / 10;

export function chartModel(state: FeeState, results: FeeResults, locale: Locale): ChartModel {
  const { width, height, left, right, top, bottom } = CHART_SIZE;
  const basis = commissionBasis(state);
  const gmv = state.gmvFen;
  const crossingValues = results.pairs.flatMap((pair) => pair.segments.slice(1).map((segment) => segment.fromFen));
  const nearby = crossingValues.filter((value) => value <= Math.max(gmv, 10_000_000) * 4);
  const xRaw = Math.max(
    gmv * 2,
    ...nearby.map((value) => value * 1.25),
    gmv === 0 && nearby.length === 0 ? 10_000_000 : 0,
    100,
  );
  const x = ticks(xRaw);
  const engines = results.enabled.map((id) => ({ id, model: agencyModel(state, id) }));
  const samples = engines.map(({ id, model }) => {
    const points = [...new Set([0, x.max, ...kinkPoints(model, basis, x.max)])].sort((p, q) => p - q);
    return { id, points: points.map((value) => ({ value, cost: computeAgencyCost(model, value, basis) })) };
  });
  const yRaw = Math.max(100, ...samples.flatMap((sample) => sample.points.map((point) => point.cost)));
  const y = ticks(yRaw);
  const px = (value: Fen) => round1(left + ((width - left - right) * value) / x.max);
  const py = (value: Fen) => round1(height - bottom - ((height - top - bottom) * value) / y.max);
  const costAt = (id: ModelId, value: Fen) => {
    const engine = engines.find((candidate) => candidate.id === id);
    return engine ? computeAgencyCost(engine.model, value, basis) : 0;
  };
  const crossings = results.pairs.flatMap((pair) =>
    pair.segments
      .slice(1)
      .filter((segment) => segment.fromFen > 0 && segment.fromFen <= x.max)
      .map((segment) => ({ x: px(segment.fromFen), y: py(costAt(pair.a, segment.fromFen)), value: segment.fromFen })),
  );
  const tableValues = [...new Set([...x.values, gmv])].sort((p, q) => p - q);
  return {
    xTicks: x.values.map((value) => ({ value, at: px(value), label: compactYuan(value, locale) })),
    yTicks: y.values.map((value) => ({ value, at: py(value), label: compactYuan(value, locale) })),
    series: samples.map(({ id, points }) => ({
      id,
      points: points.map((point) => `${px(point.value)},${py(point.cost)}`).join(' '),
    })),
    current: gmv <= x.max ? { at: px(gmv), value: gmv } : null,
    crossings,
    rows: tableValues.map((value) => ({
      gmvFen: value,
      costs: Object.fromEntries(results.enabled.map((id) => [id, costAt(id, value)])),
      current: value === gmv,
    })),
  };
}
