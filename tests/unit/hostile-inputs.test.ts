/**
 * Hostile and broken inputs through the `codeberta` command, as separate processes measured by /usr/bin/time:
 * each case must end with its exit code and a one-line message naming what is wrong, and never peak above 1 GB
 * (a few-KB file must not cost what it claims). Generators build the files from the tiny fixture: torch zips
 * whose tensors lie about their storage, zip bombs, self-referencing pickles, configs with absurd, mistyped or
 * inconsistent sizes, NaN weights, tokenizers that do not belong to the model, huge single-line inputs, FIFOs.
 */
import { execFile, execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readStateDict } from '../../src/core/checkpoint/stateDict.ts';
import { writeSafetensors } from '../../src/core/checkpoint/safetensors.ts';
import { concatBytes, int64le, legacyPreamble, op, pickle, stateDictPickle } from './checkpointPickleBuilder.ts';
import { FIXTURES, hasStackTrace, ROOT } from './cliHarness.ts';

const TINY = join(FIXTURES, 'tiny-roberta');
const PEAK_LIMIT_MB = 1024;
const work = mkdtempSync(join(tmpdir(), 'codeberta-hostile-'));

interface Measured {
  code: number;
  stdout: string;
  stderr: string;
  peakMB: number;
  seconds: number;
}

/** Runs the command under GNU time: exit code, output, peak resident memory and wall time of the whole process. */
function measured(args: string[]): Promise<Measured> {
  const report = join(work, `time-${Math.random().toString(36).slice(2)}.txt`);
  return new Promise((resolve) => {
    execFile('/usr/bin/time', ['-f', '%M %e', '-o', report, process.execPath, join(ROOT, 'bin/codeberta.js'), ...args], { cwd: ROOT, maxBuffer: 64 << 20 }, (err, stdout, stderr) => {
      const [kb, seconds] = readFileSync(report, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr, peakMB: kb! / 1024, seconds: seconds! });
    });
  });
}

/** A copy of the tiny classifier folder with some files replaced. */
function modelFolder(name: string, files: Record<string, Uint8Array | string>, base = TINY): string {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  for (const f of ['config.json', 'vocab.json', 'merges.txt', 'tokenizer_config.json', 'model.safetensors']) copyFileSync(join(base, f), join(dir, f));
  for (const [f, content] of Object.entries(files)) writeFileSync(join(dir, f), content);
  return dir;
}

const config = JSON.parse(readFileSync(join(TINY, 'config.json'), 'utf8'));
const withConfig = (over: Record<string, unknown>) => JSON.stringify({ ...config, ...over });
const torchZip = (dataPkl: Uint8Array, storages: Record<string, Uint8Array> = {}) =>
  zipSync({ archive: { 'data.pkl': dataPkl, data: storages, version: new TextEncoder().encode('3\n') } }, { level: 0 });
/** Without model.safetensors, so that pytorch_model.bin is what gets read. */
function torchFolder(name: string, bin: Uint8Array): string {
  const dir = modelFolder(name, {});
  execFileSync('rm', [join(dir, 'model.safetensors')]);
  writeFileSync(join(dir, 'pytorch_model.bin'), bin);
  return dir;
}
const snippet = join(work, 'snippet.py');
writeFileSync(snippet, 'def f(x):\n    return x + 1\n');

const nanWeights = (() => {
  const sd = readStateDict(readFileSync(join(TINY, 'model.safetensors')));
  const name = 'roberta.encoder.layer.1.attention.self.query.weight';
  const data = Float32Array.from(sd.get(name)!.data as Float32Array);
  data[3] = NaN;
  sd.set(name, { ...sd.get(name)!, data });
  return writeSafetensors(sd);
})();

const CASES: { name: string; args: () => string[]; code: number; message: RegExp }[] = [
  {
    name: 'a 1-element storage claiming a [100000000] tensor through stride 0',
    args: () => ['predict', '--model', torchFolder('stride0', torchZip(stateDictPickle([{ name: 'roberta.embeddings.word_embeddings.weight', storageType: 'FloatStorage', key: '0', storageNumel: 1, offset: 0, shape: [100_000_000], stride: [0] }]), { '0': new Uint8Array(4) })), snippet],
    code: 1,
    message: /has 100000000 elements but its storage only 1 \(strides \[0\]\)/,
  },
  {
    name: 'a pytorch_model.bin that is a zip bomb',
    args: () => ['predict', '--model', torchFolder('bomb', zipSync({ archive: { 'data.pkl': [new Uint8Array(64 * 2 ** 20), { level: 9 }] } })), snippet],
    code: 1,
    message: /would inflate from \d+ to 67108864 bytes/,
  },
  {
    name: 'a self-referencing pickle',
    args: () => ['predict', '--model', torchFolder('selfref', torchZip(pickle(op.proto(2), op.emptyDict(), op.memoize(), op.binunicode('state_dict'), op.binget(0), op.setitem(), op.stop()))), snippet],
    code: 1,
    message: /self-referencing pickle/,
  },
  { name: 'num_hidden_layers 100000', args: () => ['predict', '--model', modelFolder('layers', { 'config.json': withConfig({ num_hidden_layers: 100000 }) }), snippet], code: 1, message: /num_hidden_layers must be an integer in \[1, 128\], got 100000/ },
  { name: 'hidden_size 1e8', args: () => ['predict', '--model', modelFolder('hidden', { 'config.json': withConfig({ hidden_size: 1e8 }) }), snippet], code: 1, message: /hidden_size must be an integer in \[1, 8192\]/ },
  { name: 'a config whose sizes its weights cannot have', args: () => ['predict', '--model', modelFolder('mismatch', { 'config.json': withConfig({ num_hidden_layers: 7 }) }), snippet], code: 1, message: /num_hidden_layers 7, but the weights have \d+ encoder layers/ },
  { name: 'a string-typed number', args: () => ['predict', '--model', modelFolder('string', { 'config.json': withConfig({ intermediate_size: '37' }) }), snippet], code: 1, message: /intermediate_size must be a number, got "37" \(a string\)/ },
  { name: 'pad_token_id beyond the vocabulary', args: () => ['predict', '--model', modelFolder('pad', { 'config.json': withConfig({ pad_token_id: 100000 }) }), snippet], code: 1, message: /pad_token_id must be a token id in \[0, vocab_size/ },
  { name: 'id2label with a gap', args: () => ['predict', '--model', modelFolder('gap', { 'config.json': withConfig({ id2label: { 0: 'a', 2: 'b' }, label2id: { a: 0, b: 2 } }) }), snippet], code: 1, message: /id2label must have the ids 0 … 1/ },
  { name: 'a UTF-16 config.json', args: () => ['predict', '--model', modelFolder('utf16', { 'config.json': Buffer.from(`\ufeff${withConfig({})}`, 'utf16le') }), snippet], code: 1, message: /config\.json in .* is UTF-16 text: save it as UTF-8/ },
  { name: 'NaN weights', args: () => ['predict', '--model', modelFolder('nan', { 'model.safetensors': nanWeights }), snippet], code: 1, message: /"roberta\.encoder\.layer\.1\.attention\.self\.query\.weight" holds a non-finite value \(NaN at index 3\)/ },
  { name: 'a binary merges.txt', args: () => ['predict', '--model', modelFolder('merges', { 'merges.txt': new Uint8Array([0x23, 0, 1, 2, 0x0a, 0xff, 0]) }), snippet], code: 1, message: /merges\.txt is binary/ },
  { name: 'merges of another vocabulary', args: () => ['predict', '--model', modelFolder('junk', { 'merges.txt': '#version: 0.2\nzq xv\n' }), snippet], code: 1, message: /merge 1 \("zq xv"\) uses "zq", which is not in the vocabulary/ },
  {
    name: 'a legacy torch file whose tensor claims more elements than its storage',
    args: () => ['predict', '--model', torchFolder('legacy', concatBytes(
      legacyPreamble(),
      stateDictPickle([{ name: 'w', storageType: 'FloatStorage', key: '0', storageNumel: 1, offset: 0, shape: [50_000_000], stride: [0], legacy: true }]),
      pickle(op.proto(2), op.emptyList(), op.mark(), op.binunicode('0'), op.appends(), op.stop()),
      int64le(1), new Uint8Array(4),
    )), snippet],
    code: 1,
    message: /has 50000000 elements but its storage only 1/,
  },
  { name: 'a config implying an FFN its weights do not have', args: () => ['predict', '--model', modelFolder('ffn', { 'config.json': withConfig({ intermediate_size: 60000 }) }), snippet], code: 1, message: /implies "roberta\.encoder\.layer\.0\.intermediate\.dense\.weight" of shape \[60000,/ },
  { name: 'eval --batch-size 0 (looped forever before)', args: () => ['eval', '--model', TINY, '--data', join(ROOT, 'public/sample'), '--batch-size', '0'], code: 2, message: /--batch-size must be an integer in \[1, 1000000\], not "0"/ },
  { name: 'pretrain --layers 100000', args: () => ['pretrain', '--corpus', join(ROOT, 'public/sample'), '--tokenizer', TINY, '--out', join(work, 'pt'), '--layers', '100000'], code: 2, message: /model: num_hidden_layers must be an integer in \[1, 128\], got 100000/ },
  { name: 'pretrain --max-length 100000', args: () => ['pretrain', '--corpus', join(ROOT, 'public/sample'), '--tokenizer', TINY, '--out', join(work, 'pt2'), '--max-length', '100000'], code: 2, message: /--max-length must be at most 2048/ },
];

describe('hostile inputs: a clear message, bounded memory', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const r = await measured(c.args());
      console.log(`[hostile] ${c.name}: exit ${r.code}, peak ${r.peakMB.toFixed(0)} MB, ${r.seconds.toFixed(1)} s: ${r.stderr.trim().split('\n').at(-1)}`);
      expect(r.stderr).toMatch(c.message);
      expect(r.code).toBe(c.code);
      expect(hasStackTrace(r.stderr)).toBe(false);
      expect(r.peakMB).toBeLessThan(PEAK_LIMIT_MB);
    }, 120_000);
  }

  it('warns loudly, and still predicts, when the embedding has rows the tokenizer never uses', async () => {
    const sd = readStateDict(readFileSync(join(TINY, 'model.safetensors')));
    const name = 'roberta.embeddings.word_embeddings.weight';
    const t = sd.get(name)!;
    const [rows, width] = t.shape as [number, number];
    const padded = new Float32Array((rows + 8) * width);
    padded.set(t.data as Float32Array);
    sd.set(name, { dtype: 'F32', shape: [rows + 8, width], data: padded });
    const dir = modelFolder('padded', { 'model.safetensors': writeSafetensors(sd), 'config.json': withConfig({ vocab_size: rows + 8 }) });
    const r = await measured(['predict', '--model', dir, snippet]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`warning: the tokenizer has ${rows} tokens but the embedding ${rows + 8} rows: 8 rows are never used`);
  }, 120_000);

  it('predicts a 5 MB single line and refuses /dev/zero and a FIFO, within bounded memory', async () => {
    const line = join(work, 'line.js');
    writeFileSync(line, 'a'.repeat(5 * 2 ** 20));
    const fifo = join(work, 'pipe.py');
    execFileSync('mkfifo', [fifo]);
    const r = await measured(['predict', '--model', TINY, '--json', line, '/dev/zero', fifo]);
    console.log(`[hostile] 5 MB line + /dev/zero + FIFO: exit ${r.code}, peak ${r.peakMB.toFixed(0)} MB, ${r.seconds.toFixed(1)} s`);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines[0].label).toBeTypeOf('string');
    expect(lines[1].error).toContain('not a regular file');
    expect(lines[2].error).toContain('not a regular file');
    expect(r.code).toBe(1);
    expect(r.peakMB).toBeLessThan(PEAK_LIMIT_MB);
  }, 120_000);
});
