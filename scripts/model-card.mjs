#!/usr/bin/env node
// Writes the model card (README.md + loss-curve.svg) of a pretrained model from `codeberta pretrain`'s
// pretrain-log.json and the fine-tuning comparison (results JSON written by scripts/compare-finetune.mjs).
// Usage: node scripts/model-card.mjs RUN_DIR FINETUNE_JSON OUT_DIR
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [runDir, finetuneJson, outDir] = process.argv.slice(2);
if (!runDir || !finetuneJson || !outDir) {
  console.error('usage: node scripts/model-card.mjs RUN_DIR FINETUNE_JSON OUT_DIR');
  process.exit(2);
}
const log = JSON.parse(readFileSync(join(runDir, 'pretrain-log.json'), 'utf8'));
// One or more comparisons (comma-separated JSON files), e.g. a short and a long fine-tuning.
const finetunes = finetuneJson.split(',').map((f) => JSON.parse(readFileSync(f, 'utf8')));
const finetune = finetunes[0];
const corpus = JSON.parse(readFileSync('.corpus/code/MANIFEST.json', 'utf8')); // copied beside the card as corpus-manifest.json

/** A plain SVG line chart of training loss (per logged window) and held-out loss (per evaluation). */
function lossCurveSvg(steps, evals) {
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

const c = log.modelConfig;
const byLanguage = {};
for (const f of corpus.files) byLanguage[f.language] = (byLanguage[f.language] ?? 0) + 1;
const licences = [...new Set(corpus.files.map((f) => f.licence ?? f.license))].filter(Boolean).sort();
const lastEval = log.history.evals.at(-1);
const firstLog = log.history.steps[0];
const pct = (x) => `${(100 * x).toFixed(2)}%`;

const card = `# CodeBERTa-small-offline

A small RoBERTa masked-language model of source code, pretrained from scratch **in this repository** with
\`codeberta pretrain\` (TensorFlow.js, WebAssembly backend, 2 CPU cores), so that CodeBERTa Studio works with no
network. Same architecture family and file layout as
[huggingface/CodeBERTa-small-v1](https://huggingface.co/huggingface/CodeBERTa-small-v1) (a \`RobertaForMaskedLM\`
with a byte-level BPE tokenizer), much smaller: load it with transformers' \`from_pretrained\` or in the studio.

| | |
| --- | --- |
| architecture | RoBERTa, ${c.num_hidden_layers} layers, hidden ${c.hidden_size}, ${c.num_attention_heads} heads, FFN ${c.intermediate_size}, ${c.max_position_embeddings - 2} positions, tied LM head |
| parameters | ${(log.parameters / 1e6).toFixed(2)} M |
| tokenizer | byte-level BPE, vocabulary ${c.vocab_size} (\`codeberta tokenizer-train\` on the same corpus) |
| corpus | ${corpus.files.length} files, ${(corpus.files.reduce((s, f) => s + f.size, 0) / 1e6).toFixed(1)} MB of permissively licensed code (${licences.join(', ')}) from Debian and npm packages, gathered by \`scripts/gather-corpus.mjs\`: ${Object.entries(byLanguage).map(([l, n]) => `${l} ${n}`).join(', ')} |
| pretraining | ${log.history.steps.at(-1).step} steps × ${log.config.batch_size} blocks of ≤ ${c.max_position_embeddings - 2} tokens (${log.trainTokens} training tokens available), 15% masking (80/10/10), AdamW lr ${log.config.learning_rate} (warmup ${log.config.warmup_ratio}, linear decay), weight decay ${log.config.weight_decay}, clipping ${log.config.max_grad_norm}, seed ${log.config.seed} |
| time | ${(log.elapsedSeconds / 60).toFixed(1)} min on 2 cores (wasm, 2 threads) |
| MLM loss | ${firstLog.loss.toFixed(3)} (first ${firstLog.step} steps) → ${log.history.steps.at(-1).loss.toFixed(3)} training, **${lastEval.loss.toFixed(3)} held-out** (${log.heldOutBlocks} blocks of held-out files) |

![MLM loss](loss-curve.svg)

| step | held-out MLM loss |
| --- | --- |
${log.history.evals.map((e) => `| ${e.step} | ${e.loss.toFixed(4)} |`).join('\n')}

## Fine-tuned on the bundled sample (public/sample: ${finetune.languages} languages, ${finetune.files} files)

Each pair of rows uses the same settings; the second row of a pair starts from random weights (\`--random-init\`).
Test split: ${finetune.testFiles} files, the same for every run (seed 42).

| settings | initialisation | test accuracy | test loss | macro F1 |
| --- | --- | --- | --- | --- |
${finetunes
  .map((f) => {
    const settings = f.command.replace(/^codeberta train --data \S+ --model \S+ /, '').replace(' [--random-init]', '');
    return `| \`${settings}\` | pretrained (this model) | **${pct(f.pretrained.accuracy)}** | ${f.pretrained.loss.toFixed(4)} | ${f.pretrained.macroF1.toFixed(4)} |\n| \`${settings}\` | random | ${pct(f.random.accuracy)} | ${f.random.loss.toFixed(4)} | ${f.random.macroF1.toFixed(4)} |`;
  })
  .join('\n')}

The studio and \`public/models/index.json\` use the longer recipe as this model's recommended settings.

## Licence

The weights are derived from the corpus listed, file by file with package, version, licence and sha256, in
\`corpus-manifest.json\` beside this card (rebuild the corpus with
\`node scripts/gather-corpus.mjs\`), all under permissive licences (${licences.join(', ')}).
`;
writeFileSync(join(outDir, 'README.md'), card);
writeFileSync(join(outDir, 'loss-curve.svg'), lossCurveSvg(log.history.steps, log.history.evals));
console.log(`wrote ${join(outDir, 'README.md')} and loss-curve.svg`);
