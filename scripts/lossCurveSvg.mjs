// The model card's loss chart: training loss (per logged window) and held-out loss (per evaluation), plain SVG.

/** A plain SVG line chart of training loss (per logged window) and held-out loss (per evaluation). */
export function lossCurveSvg(steps, evals) {
  const W = 640, H = 320, L = 56, R = 16, T = 24, B = 40;
  const maxStep = Math.max(...steps.map((s) => s.step));
  const losses = [...steps.map((s) => s.loss), ...evals.map((e) => e.loss)];
  const lo = Math.floor(Math.min(...losses)), hi = Math.ceil(Math.max(...losses));
  const x = (s) => L + ((W - L - R) * s) / maxStep;
  const y = (l) => T + ((H - T - B) * (hi - l)) / (hi - lo);
  const line = (pts) => pts.map((p, i) => `${i ? 'L' : 'M'}${x(p.step).toFixed(1)},${y(p.loss).toFixed(1)}`).join(' ');
  const yTicks = Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
  const xTicks = Array.from({ length: 5 }, (_, i) => Math.round((maxStep * i) / 4));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif" font-size="12">
<rect width="${W}" height="${H}" fill="white"/>
${yTicks.map((t) => `<line x1="${L}" x2="${W - R}" y1="${y(t)}" y2="${y(t)}" stroke="#eee"/><text x="${L - 8}" y="${y(t) + 4}" text-anchor="end">${t}</text>`).join('\n')}
${xTicks.map((t) => `<text x="${x(t)}" y="${H - B + 18}" text-anchor="middle">${t}</text>`).join('\n')}
<text x="${(W + L) / 2}" y="${H - 6}" text-anchor="middle">optimizer step</text>
<text x="14" y="${(H - B + T) / 2}" transform="rotate(-90 14 ${(H - B + T) / 2})" text-anchor="middle">MLM loss</text>
<path d="${line(steps)}" fill="none" stroke="#4f6bed" stroke-width="1.5"/>
<path d="${line(evals)}" fill="none" stroke="#e0662d" stroke-width="2"/>
${evals.map((e) => `<circle cx="${x(e.step)}" cy="${y(e.loss)}" r="3" fill="#e0662d"/>`).join('\n')}
<text x="${W - R}" y="${T - 8}" text-anchor="end"><tspan fill="#4f6bed">— training</tspan>  <tspan fill="#e0662d">● held-out</tspan></text>
</svg>\n`;
}

