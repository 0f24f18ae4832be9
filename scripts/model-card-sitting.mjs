#!/usr/bin/env node
// Appends a further pretraining sitting (`codeberta pretrain --init`) to a model card: its corpus, settings, loss
// curve (loss-curve-sitting<N>.svg) and the per-view held-out accuracy of the fine-tuned model before and after it
// (`npm run bench:accuracy` JSON files, a before/after pair per training folder).
// (CORPUS_MANIFEST: the manifest file shipped beside the card, named in it.)
// Usage: node scripts/model-card-sitting.mjs CARD_DIR SITTING RUN_DIR CORPUS_MANIFEST BEFORE_JSON AFTER_JSON HELDOUT_MLM_JSON
//        [BEFORE_JSON AFTER_JSON]...   (further pairs: the same comparison fine-tuned on other training folders)
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { lossCurveSvg } from './lossCurveSvg.mjs';

const [cardDir, sitting, runDir, manifestFile, beforeJson, afterJson, mlmJson, ...morePairs] = process.argv.slice(2);
if (!mlmJson) {
  console.error('usage: node scripts/model-card-sitting.mjs CARD_DIR SITTING RUN_DIR CORPUS_MANIFEST BEFORE_JSON AFTER_JSON HELDOUT_MLM_JSON');
  process.exit(2);
}
const log = JSON.parse(readFileSync(join(runDir, 'pretrain-log.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
const [before, after] = [beforeJson, afterJson].map((f) => JSON.parse(readFileSync(f, 'utf8')));
// {"<held-out set>": {"before": loss, "after": loss}}: the same held-out blocks scored by both models.
const mlm = JSON.parse(readFileSync(mlmJson, 'utf8'));
const byLanguage = {};
for (const f of manifest.files) byLanguage[f.language] = (byLanguage[f.language] ?? 0) + 1;
const licences = [...new Set(manifest.files.map((f) => f.licence))].sort();
const pct = (x) => (100 * x).toFixed(1);
const views = Object.keys(after.heldout.views);
const row = (name, r) => `| ${name} | ${views.map((v) => pct(r.heldout.views[v].accuracy)).join(' | ')} | ${r.splitTest.views.map((v) => pct(v.accuracy)).join(' / ')} |`;
const header = `| base | ${views.map((v) => ({ head: 'head (first 128 tokens)', whole: 'whole file', l20: '20 lines', l5: '5 lines' })[v] ?? v).join(' | ')} | own test split |
| --- | ${views.map(() => '---').join(' | ')} | --- |`;
const morePairsText = [];
for (let i = 0; i + 1 < morePairs.length; i += 2) {
  const [b, a] = [morePairs[i], morePairs[i + 1]].map((f) => JSON.parse(readFileSync(f, 'utf8')));
  const langs = 20 - (a.heldout.skippedLanguages?.length ?? 0);
  morePairsText.push(`
Fine-tuned on \`${a.train.data.split('/').slice(-2).join('/')}\` (\`${a.train.args.join(' ')}\`, ${Math.round(a.train.seconds / 60)} min), scored on the
held-out set's ${langs} languages (${a.heldout.files} files):

${header}
${row(`before (sitting ${Number(sitting) - 1})`, b)}
${row(`**after (sitting ${sitting})**`, a)}
`);
}

const section = `
## Sitting ${sitting}: continued pretraining on 20 languages${log.config.views_per_file ? ', with line-run views' : ''}

\`codeberta pretrain --init <sitting ${Number(sitting) - 1} model> --corpus .corpus/code20 --steps ${log.config.steps} --lr ${log.config.learning_rate} --warmup-ratio ${log.config.warmup_ratio} --eval-every ${log.config.eval_every}${log.config.views_per_file ? ` --views-per-file ${log.config.views_per_file} --seed ${log.config.seed}` : ''}\`
(same architecture and tokenizer, fresh AdamW, linear decay), ${(log.elapsedSeconds / 60).toFixed(1)} min on 2 cores.

| | |
| --- | --- |
| corpus | ${manifest.files.length} files, ${(manifest.files.reduce((s, f) => s + f.size, 0) / 1e6).toFixed(1)} MB in ${Object.keys(byLanguage).length} languages (\`${basename(manifestFile)}\`): ${Object.entries(byLanguage).map(([l, n]) => `${l} ${n}`).join(', ')} |
| licences | ${licences.join(', ')} |
| blocks | ${log.trainBlocks} training examples of ≤ ${log.modelConfig.max_position_embeddings - 2} tokens (${log.trainTokens} tokens)${log.config.views_per_file ? `, of which ${log.trainViews} are line-run views (${log.config.views_per_file} per file: a run of whole lines of log-uniform length from anywhere in the file, as fine-tuning reads them)` : ''}, ${log.heldOutBlocks} held-out blocks |
${Object.entries(mlm).map(([set, l]) => `| held-out MLM loss, ${set} | ${l.before.toFixed(3)} before → **${l.after.toFixed(3)}** after |`).join('\n')}

![MLM loss, sitting ${sitting}](loss-curve-sitting${sitting}.svg)

### Fine-tuned, read as a detector on unseen projects

\`npm run bench:accuracy\`: fine-tuned on the bundled sample with the recommended settings, then scored on
\`bench/heldout/\` (${after.heldout.files} files of projects no other data here uses) per view — the whole file in
windows, a 20-line and a 5-line cut — and, last column, the sample's own project-split test (whole / 20 / 5 lines).

${header}
${row(`before (sitting ${Number(sitting) - 1})`, before)}
${row(`**after (sitting ${sitting})**`, after)}
${morePairsText.join('')}`;
const cardPath = join(cardDir, 'README.md');
writeFileSync(cardPath, readFileSync(cardPath, 'utf8').trimEnd() + '\n' + section);
writeFileSync(join(cardDir, `loss-curve-sitting${sitting}.svg`), lossCurveSvg(log.history.steps, log.history.evals));
console.log(`appended sitting ${sitting} to ${cardPath}`);
