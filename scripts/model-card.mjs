#!/usr/bin/env node
// Writes the model card (README.md + loss-curve.svg) of a pretrained model from `codeberta pretrain`'s
// pretrain-log.json and the fine-tuning comparison (results JSON written by scripts/compare-finetune.mjs).
// Usage: node scripts/model-card.mjs RUN_DIR FINETUNE_JSON OUT_DIR
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lossCurveSvg } from './lossCurveSvg.mjs';

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
