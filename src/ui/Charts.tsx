import { memo, useState } from 'react';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { EpochPoint, StepPoint } from '../browser/protocol.ts';
import { niceScale, type AxisScale } from './chartScale.ts';

/**
 * More points than this are thinned (every k-th, the last always kept): a chart is a few hundred pixels wide, and
 * each update of a chart costs the page time in proportion to its points while the training threads hold the cores.
 */
const MAX_POINTS = 300;

/**
 * The points a chart draws, frozen: recharts keeps its data in an Immer store, which deep-freezes whatever it is given
 * on every redraw unless it is frozen already (then it stops at the top).
 */
function thin<T>(points: readonly T[]): readonly T[] {
  if (points.length <= MAX_POINTS) return Object.isFrozen(points) ? points : Object.freeze(points.map((p) => Object.freeze(p)));
  const stride = Math.ceil(points.length / MAX_POINTS);
  return Object.freeze(points.filter((_, i) => i % stride === 0 || i === points.length - 1).map((p) => Object.freeze(p)));
}

interface TickProps {
  x: number;
  y: number;
  textAnchor: 'start' | 'middle' | 'end';
  verticalAnchor?: 'start' | 'middle' | 'end';
  orientation?: string;
  payload: { value: unknown };
  tickFormatter?: (value: unknown, index: number) => string;
  index: number;
}

/**
 * A tick label as a bare SVG <text>. recharts' own <Text> measures its words through the DOM on every render (to
 * wrap them), which forces a synchronous layout; with the charts updating every few hundred milliseconds while the
 * training threads hold the cores, that was the largest part of the page's work.
 */
function TickLabel({ x, y, textAnchor, orientation, payload, tickFormatter, index }: TickProps) {
  const text = tickFormatter ? tickFormatter(payload.value, index) : String(payload.value);
  const dy = orientation === 'bottom' ? '0.71em' : orientation === 'top' ? '0' : '0.32em';
  return (
    <text x={x} y={y} dy={dy} textAnchor={textAnchor} fontSize={11} fill="var(--muted)" className="recharts-cartesian-axis-tick-value">
      {text}
    </text>
  );
}

/**
 * Axis props that keep an update cheap: every one of the (5 or so) nice ticks is drawn (interval 0; the default,
 * 'preserveEnd', measures each label through the DOM to drop overlapping ones), as a bare <text> (see TickLabel).
 */
const CHEAP_TICKS = { interval: 0, tick: TickLabel as unknown as React.ReactElement, stroke: 'var(--muted)' } as const;
const TOOLTIP_STYLE = { background: 'var(--surface)', border: '1px solid var(--border)', borderRadius: 8, fontSize: 12 };
const compact = (x: number) => (Math.abs(x) >= 1000 || (Math.abs(x) < 0.01 && x !== 0) ? x.toExponential(1) : String(Number(x.toPrecision(4))));

/** An axis's domain and ticks from niceScale (recharts then computes none of its own). */
const scaleProps = (scale: AxisScale | undefined) => (scale ? { domain: scale.domain, ticks: scale.ticks } : {});

interface LegendItem {
  label: string;
  color: string;
}

/**
 * A titled chart. `children` gets whether the pointer is over it: the charts mount their recharts Tooltip only then,
 * since a mounted Tooltip recomputes its content on every redraw even when hidden.
 */
export function ChartFrame({
  title,
  testId,
  points,
  legend,
  children,
}: {
  title: string;
  testId: string;
  points: number;
  legend?: LegendItem[];
  children: (hovered: boolean) => React.ReactElement;
}) {
  const [hovered, setHovered] = useState(false);
  return (
    <figure className="chart" data-testid={testId} data-points={points} onPointerEnter={() => setHovered(true)} onPointerLeave={() => setHovered(false)}>
      <figcaption>
        {title}
        {/* A plain legend: recharts' own measures itself through the DOM on every redraw. */}
        {legend && (
          <span className="chart-legend">
            {legend.map((item) => (
              <span key={item.label} className="chart-legend-item">
                <span className="chart-legend-swatch" style={{ background: item.color }} aria-hidden />
                {item.label}
              </span>
            ))}
          </span>
        )}
      </figcaption>
      <div className="chart-body">
        {/* Mounted from the start (mounting recharts is its costliest render): the first points only update it. */}
        <ResponsiveContainer width="100%" height="100%">
          {children(hovered)}
        </ResponsiveContainer>
        {points === 0 && <p className="chart-empty muted small">No data yet</p>}
      </div>
    </figure>
  );
}

/** The step axis: from the first to the last step shown, whole ticks between. */
function stepScale(points: readonly StepPoint[]): AxisScale | undefined {
  if (points.length === 0) return undefined;
  const [first, last] = [points[0]!.step, points.at(-1)!.step];
  const scale = niceScale([first, last], { integer: true });
  return scale && { domain: [first, last], ticks: scale.ticks.filter((t) => t >= first && t <= last) };
}

export const LossChart = memo(function LossChart({ steps }: { steps: StepPoint[] }) {
  const points = thin(steps) as StepPoint[];
  return (
    <ChartFrame title="Training loss per step" testId="loss-chart" points={steps.length}>
      {(hovered) => (
        <LineChart data={points} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
          <XAxis dataKey="step" type="number" {...scaleProps(stepScale(points))} {...CHEAP_TICKS} allowDecimals={false} />
          <YAxis {...CHEAP_TICKS} width={44} tickFormatter={compact} {...scaleProps(niceScale(points.map((p) => p.loss)))} />
          {hovered && <Tooltip contentStyle={TOOLTIP_STYLE} formatter={(v) => Number(v).toFixed(4)} labelFormatter={(s) => `step ${s}`} />}
          <Line type="linear" dataKey="loss" name="loss" stroke="var(--accent)" strokeWidth={2} dot={steps.length < 30} isAnimationActive={false} />
        </LineChart>
      )}
    </ChartFrame>
  );
});

const EPOCH_LEGEND: LegendItem[] = [
  { label: 'train loss', color: '#94a3b8' },
  { label: 'validation loss', color: 'var(--accent)' },
  { label: 'validation accuracy', color: '#16a34a' },
];
const ACCURACY_SCALE = niceScale([], { fixed: [0, 100] });

export const EpochChart = memo(function EpochChart({ epochs }: { epochs: EpochPoint[] }) {
  const data = thin(epochs.map((e) => ({ ...e, epochLabel: e.epoch + 1, validationAccuracyPct: e.validationAccuracy === null ? null : e.validationAccuracy * 100 }))) as object[];
  return (
    <ChartFrame title="Validation per epoch" testId="validation-chart" points={epochs.length} legend={EPOCH_LEGEND}>
      {(hovered) => (
        <LineChart data={data} margin={{ top: 8, right: 4, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
          <XAxis dataKey="epochLabel" {...CHEAP_TICKS} allowDecimals={false} />
          <YAxis yAxisId="loss" {...CHEAP_TICKS} width={44} tickFormatter={compact} {...scaleProps(niceScale(epochs.flatMap((e) => [e.trainLoss, e.validationLoss])))} />
          <YAxis yAxisId="acc" orientation="right" {...CHEAP_TICKS} width={36} {...scaleProps(ACCURACY_SCALE)} tickFormatter={(v: number) => `${v}%`} />
          {hovered && <Tooltip contentStyle={TOOLTIP_STYLE} labelFormatter={(e) => `epoch ${e}`} formatter={(v, name) => (String(name).includes('accuracy') ? `${Number(v).toFixed(1)} %` : Number(v).toFixed(4))} />}
          <Line yAxisId="loss" dataKey="trainLoss" name="train loss" stroke={EPOCH_LEGEND[0]!.color} strokeWidth={2} isAnimationActive={false} />
          <Line yAxisId="loss" dataKey="validationLoss" name="validation loss" stroke={EPOCH_LEGEND[1]!.color} strokeWidth={2} isAnimationActive={false} />
          <Line yAxisId="acc" dataKey="validationAccuracyPct" name="validation accuracy" stroke={EPOCH_LEGEND[2]!.color} strokeWidth={2} isAnimationActive={false} />
        </LineChart>
      )}
    </ChartFrame>
  );
});

/** Ticks of the loss-scale axis: powers of two (the scale is one) from the smallest to the largest, at most 5. */
function lossScaleTicks(steps: readonly StepPoint[]): number[] {
  let low = Infinity;
  let high = 0;
  for (const s of steps) {
    if (!(s.lossScale > 0)) continue;
    low = Math.min(low, s.lossScale);
    high = Math.max(high, s.lossScale);
  }
  if (high === 0) return [];
  const [from, to] = [Math.floor(Math.log2(low)), Math.ceil(Math.log2(high))];
  const every = Math.max(1, Math.ceil((to - from) / 4));
  const ticks: number[] = [];
  for (let e = from; e <= to; e += every) ticks.push(2 ** e);
  return ticks;
}

export const LearningRateChart = memo(function LearningRateChart({ steps, showScale }: { steps: StepPoint[]; showScale: boolean }) {
  const points = thin(steps) as StepPoint[];
  return (
    <ChartFrame title={showScale ? 'Learning rate and loss scale' : 'Learning rate'} testId="lr-chart" points={steps.length}>
      {(hovered) => (
        <LineChart data={points} margin={{ top: 8, right: showScale ? 4 : 12, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
          <XAxis dataKey="step" type="number" {...scaleProps(stepScale(points))} {...CHEAP_TICKS} allowDecimals={false} />
          <YAxis yAxisId="lr" {...CHEAP_TICKS} width={48} tickFormatter={(v: number) => (v === 0 ? '0' : v.toExponential(1))} {...scaleProps(niceScale([0, ...points.map((p) => p.lr)]))} />
          {showScale && <YAxis yAxisId="scale" orientation="right" scale="log" domain={['auto', 'auto']} ticks={lossScaleTicks(points)} {...CHEAP_TICKS} width={52} tickFormatter={(v: number) => v.toExponential(0)} />}
          {hovered && <Tooltip contentStyle={TOOLTIP_STYLE} labelFormatter={(s) => `step ${s}`} formatter={(v) => Number(v).toExponential(2)} />}
          <Line yAxisId="lr" dataKey="lr" name="learning rate" stroke="#d97706" strokeWidth={2} dot={false} isAnimationActive={false} />
          {showScale && <Line yAxisId="scale" dataKey="lossScale" name="loss scale" stroke="#7c3aed" strokeWidth={1.5} dot={false} isAnimationActive={false} />}
        </LineChart>
      )}
    </ChartFrame>
  );
});
