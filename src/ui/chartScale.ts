/**
 * Nice axis ticks computed here, in plain floats, so that recharts does not compute its own: it does so with
 * decimal.js on every redraw, a large part of a chart update's cost while the training threads hold the cores.
 * The step is 1, 2 or 5 × 10^k (d3's choice), the domain the outermost ticks around the data.
 */

/** A step of 1, 2 or 5 × 10^k giving about `count` intervals over [lo, hi]. */
function niceStep(lo: number, hi: number, count: number): number {
  const raw = (hi - lo) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const ratio = raw / power; // in [1, 10)
  return power * (ratio >= Math.sqrt(50) ? 10 : ratio >= Math.sqrt(10) ? 5 : ratio >= Math.SQRT2 ? 2 : 1);
}

export interface AxisScale {
  domain: [number, number];
  ticks: number[];
}

/**
 * Ticks and domain for `values` (non-finite ones ignored): about `count` intervals; `integer` keeps ticks whole
 * (steps); `fixed` bounds are kept as they are (accuracy in [0, 100]). Undefined when there is nothing to scale.
 */
export function niceScale(values: Iterable<number | null | undefined>, options: { count?: number; integer?: boolean; fixed?: [number, number] } = {}): AxisScale | undefined {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v === null || v === undefined || !Number.isFinite(v)) continue;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  if (options.fixed) [lo, hi] = options.fixed;
  if (lo > hi) return undefined;
  if (lo === hi) {
    const pad = lo === 0 ? 1 : Math.abs(lo) * 0.1;
    [lo, hi] = [lo - pad, hi + pad];
  }
  let step = niceStep(lo, hi, options.count ?? 4);
  if (options.integer) step = Math.max(1, Math.round(step));
  // Rounded to the step's precision: 0.1 + 0.2 must read 0.3, and 8e-4 / 2e-4 is 4, not 4.000000000000001.
  const digits = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  const round = (x: number) => Number(x.toFixed(digits));
  const first = options.fixed ? lo : round(Math.floor(lo / step + 1e-9) * step);
  const last = options.fixed ? hi : round(Math.ceil(hi / step - 1e-9) * step);
  const ticks: number[] = [];
  for (let i = 0; first + i * step <= last + step * 1e-9; i++) ticks.push(round(first + i * step));
  return { domain: [first, last], ticks };
}
