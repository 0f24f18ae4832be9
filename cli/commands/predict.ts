import { readFile, stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { decodeSourceText } from '../../src/core/data/decodeText.ts';
import { SKIP_REASON_TEXT } from '../../src/core/data/skipReasons.ts';
import { loadClassifier } from '../../src/core/inference/loadClassifier.ts';
import { predict, topK } from '../../src/core/inference/predict.ts';
import { MAX_WINDOWS } from '../../src/core/data/windows.ts';
import { initCliBackend } from '../backend.ts';
import { CliError } from '../errors.ts';
import { modelSource } from '../modelSource.ts';

const HELP = `Usage: codeberta predict --model DIR [--top-k K] [--json] [--max-length N] [--backend wasm|cpu] FILE...

Detects the programming language of each FILE with a fine-tuned model (a Hugging Face folder or hub id).

Options:
  --model DIR        model folder (config.json with id2label, model.safetensors or pytorch_model.bin, tokenizer files)
  --top-k K          show the K most probable languages (default 1)
  --json             one JSON object per line: {"file","label","confidence","probs"}
  --max-length N     tokens per window (default 512; capped by the model and tokenizer). A longer file is read
                     whole, as overlapping windows whose log-probabilities are combined
  --max-windows N    windows per file, at most (default ${MAX_WINDOWS}, spread over a longer file; 1 = its first
                     max-length tokens only, the seed's predict)
  --batch-size N     windows per forward pass (default ${MAX_WINDOWS})
  --backend NAME     wasm (default) or cpu`;

const positiveInt = (value: string, flag: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new CliError(`${flag} must be a positive integer, not "${value}"`);
  return n;
};

/** Larger inputs are refused unread (the windows of a long file sample at most 16 × max-length tokens of it). */
const MAX_INPUT_BYTES = 16 * 2 ** 20;

interface ReadableFile {
  file: string;
  text: string;
}

/** Reads every file; an unreadable or non-text one becomes an error line and does not stop the others. */
async function readInputs(files: string[]): Promise<{ readable: ReadableFile[]; errors: { file: string; error: string }[] }> {
  const readable: ReadableFile[] = [];
  const errors: { file: string; error: string }[] = [];
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      // Looked at before it is opened: a FIFO would block the read forever and /dev/zero never ends.
      const info = await stat(file);
      if (info.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
      if (!info.isFile()) {
        errors.push({ file, error: 'not a regular file (a FIFO, socket or device): not read' });
        continue;
      }
      if (info.size > MAX_INPUT_BYTES) {
        errors.push({ file, error: `too large (${info.size} bytes; source files up to ${MAX_INPUT_BYTES / 2 ** 20} MiB are read)` });
        continue;
      }
      bytes = await readFile(file);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      errors.push({ file, error: code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : `cannot read (${code ?? err})` });
      continue;
    }
    // Same newline handling as training (the seed reads with Python's universal newlines).
    const decoded = decodeSourceText(bytes, 'universal');
    if (!decoded.ok) errors.push({ file, error: `skipped: ${SKIP_REASON_TEXT[decoded.reason]} file` });
    else readable.push({ file, text: decoded.text });
  }
  return { readable, errors };
}

export async function predictCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      model: { type: 'string' },
      'top-k': { type: 'string', default: '1' },
      json: { type: 'boolean', default: false },
      'max-length': { type: 'string', default: '512' },
      'batch-size': { type: 'string', default: String(MAX_WINDOWS) },
      'max-windows': { type: 'string', default: String(MAX_WINDOWS) },
      backend: { type: 'string', default: 'wasm' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (!values.model) throw new CliError(`--model is required\n\n${HELP}`);
  if (positionals.length === 0) throw new CliError(`no input files\n\n${HELP}`);
  const k = positiveInt(values['top-k']!, '--top-k');
  const maxLength = positiveInt(values['max-length']!, '--max-length');
  const batchSize = positiveInt(values['batch-size']!, '--batch-size');
  const maxWindows = positiveInt(values['max-windows']!, '--max-windows');

  await initCliBackend(values.backend, 'inference');
  const classifier = await loadClassifier(modelSource(values.model));
  for (const w of classifier.warnings) console.error(`warning: ${w}`);
  const { readable, errors } = await readInputs(positionals);
  const predictions = await predict(
    classifier,
    readable.map((r) => r.text),
    { maxLength, batchSize, maxWindows },
  );

  const byFile = new Map(readable.map((r, i) => [r.file, predictions[i]]));
  const errorByFile = new Map(errors.map((e) => [e.file, e.error]));
  // Output in the order the files were given, errors in place.
  for (const file of positionals) {
    const error = errorByFile.get(file);
    if (error !== undefined) {
      if (values.json) console.log(JSON.stringify({ file, error }));
      console.error(`${file}: ${error}`);
      continue;
    }
    const p = byFile.get(file)!;
    if (values.json) {
      console.log(JSON.stringify({ file, label: p.label, confidence: p.confidence, probs: p.probs }));
    } else {
      const ranked = topK(p, k).map(({ label, p }) => `${label} ${(p * 100).toFixed(1)}%`);
      console.log(`${file}: ${ranked.join(', ')}`);
    }
  }
  classifier.model.params.dispose();
  return errors.length > 0 ? 1 : 0;
}
