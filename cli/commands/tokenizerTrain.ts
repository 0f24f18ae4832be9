import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_MAX_FILE_BYTES } from '../../src/core/data/datasetFolder.ts';
import { decodeSourceText } from '../../src/core/data/decodeText.ts';
import { isHiddenSegment } from '../../src/core/data/paths.ts';
import { describeSkipCounts, type SkipReason } from '../../src/core/data/skipReasons.ts';
import { MIN_VOCAB_SIZE, trainByteLevelBpe, trainedTokenizerFiles } from '../../src/core/tokenizer/bpeTrainer.ts';
import { PretokenCounter } from '../../src/core/tokenizer/corpusPretokenCounts.ts';
import { CliError } from '../errors.ts';
import { formatDuration, ProgressBar } from '../progress.ts';

const HELP = `Usage: codeberta tokenizer-train --corpus DIR --vocab-size N --out DIR [options]

Trains a byte-level BPE tokenizer (RoBERTa / CodeBERTa: GPT-2 pre-tokenization and byte alphabet) on the
text files in DIR's sub-folders, and writes a Hugging Face tokenizer folder: vocab.json, merges.txt,
tokenizer.json, tokenizer_config.json, special_tokens_map.json. Ids: <s>=0 <pad>=1 </s>=2 <unk>=3, the 256
bytes, the merges, <mask> last. Files directly in DIR (README, MANIFEST.json), hidden, binary and non-UTF-8
files are skipped, as for a dataset folder. Get a corpus with: node scripts/gather-corpus.mjs

Options:
  --corpus DIR           folder of source code (e.g. .corpus/code: one sub-folder per language)
  --vocab-size N         total vocabulary size including the 5 special tokens and 256 bytes (min ${MIN_VOCAB_SIZE}; CodeBERTa: 52000)
  --out DIR              output folder (created; existing tokenizer files are replaced)
  --min-frequency N      stop when the best pair occurs fewer times (default 2)
  --model-max-length N   model_max_length in tokenizer_config.json (default 512)
  --max-file-bytes N     skip larger files (default ${DEFAULT_MAX_FILE_BYTES})
  --newlines MODE        universal (default: CRLF/CR become LF, as training reads files) or keep`;

const positiveInt = (value: string, flag: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new CliError(`${flag} must be a positive integer, not "${value}"`);
  return n;
};

/** Every regular file below `dir`, as sorted slash-separated relative paths. */
async function listFiles(dir: string): Promise<string[]> {
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) throw new CliError(`corpus folder ${dir} does not exist or is not a folder`);
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath ?? (e as unknown as { path: string }).path, e.name)).split(sep).join('/'))
    .sort();
}

export async function tokenizerTrainCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      corpus: { type: 'string' },
      'vocab-size': { type: 'string' },
      out: { type: 'string' },
      'min-frequency': { type: 'string', default: '2' },
      'model-max-length': { type: 'string', default: '512' },
      'max-file-bytes': { type: 'string', default: String(DEFAULT_MAX_FILE_BYTES) },
      newlines: { type: 'string', default: 'universal' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (!values.corpus) throw new CliError(`--corpus is required\n\n${HELP}`);
  if (!values['vocab-size']) throw new CliError(`--vocab-size is required\n\n${HELP}`);
  if (!values.out) throw new CliError(`--out is required\n\n${HELP}`);
  const vocabSize = positiveInt(values['vocab-size'], '--vocab-size');
  if (vocabSize < MIN_VOCAB_SIZE) throw new CliError(`--vocab-size must be at least ${MIN_VOCAB_SIZE} (4 specials + 256 bytes + <mask>)`);
  const minFrequency = positiveInt(values['min-frequency']!, '--min-frequency');
  const modelMaxLength = positiveInt(values['model-max-length']!, '--model-max-length');
  const maxFileBytes = positiveInt(values['max-file-bytes']!, '--max-file-bytes');
  const newlines = values.newlines;
  if (newlines !== 'universal' && newlines !== 'keep') throw new CliError(`--newlines must be universal or keep, not "${newlines}"`);

  const progress = new ProgressBar();
  const started = performance.now();
  const paths = await listFiles(values.corpus);
  const counter = new PretokenCounter();
  const skipped: Partial<Record<SkipReason, number>> = {};
  const skip = (reason: SkipReason) => (skipped[reason] = (skipped[reason] ?? 0) + 1);
  let bytesRead = 0;
  for (const path of paths) {
    const segments = path.split('/');
    if (segments.some(isHiddenSegment)) skip('hidden');
    else if (segments.length < 2) skip('root-level');
    else {
      const full = join(values.corpus, path);
      const size = (await stat(full)).size;
      if (size > maxFileBytes) {
        skip('too-large');
        continue;
      }
      const decoded = decodeSourceText(await readFile(full), newlines);
      if (!decoded.ok) skip(decoded.reason);
      else {
        counter.add(decoded.text);
        bytesRead += size;
      }
    }
  }
  if (counter.texts === 0) throw new CliError(`no usable text files in the sub-folders of ${values.corpus}`);
  const skipText = describeSkipCounts(skipped);
  progress.log(
    `read ${counter.texts} files (${(bytesRead / 1e6).toFixed(1)} MB, ${counter.distinctPieces} distinct pre-tokens)` +
      `${skipText ? `; skipped ${skipText}` : ''} in ${formatDuration((performance.now() - started) / 1000)}`,
  );

  const trainStarted = performance.now();
  const trained = trainByteLevelBpe(counter.entries(), {
    vocabSize,
    minFrequency,
    onProgress: (done, total) => progress.update(done, total, 'merges'),
  });
  const vocabEntries = Object.keys(trained.vocab).length;
  progress.log(`learned ${trained.merges.length} merges in ${formatDuration((performance.now() - trainStarted) / 1000)}`);
  if (trained.exhausted) {
    progress.log(`warning: no pair occurs ${minFrequency}+ times any more; the vocabulary has ${vocabEntries} entries, not ${vocabSize}`);
  }

  const files = trainedTokenizerFiles(trained, { modelMaxLength });
  await mkdir(values.out, { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(join(values.out, name), text);
  console.log(`wrote ${values.out}: vocabulary ${vocabEntries} (${trained.merges.length} merges), ${Object.keys(files).join(', ')}`);
  return 0;
}
