/**
 * `codeberta train` and `codeberta eval` as a user runs them (child processes): a real folder of code in,
 * a Hugging Face folder, a training checkpoint and a test report out; bad input explained without a stack trace.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { codeberta, FIXTURES, hasStackTrace, ROOT } from './cliHarness.ts';
import { readStateDict } from '../../src/core/checkpoint/stateDict.ts';
import { readTrainingCheckpoint } from '../../src/core/checkpoint/trainingCheckpoint.ts';

const reference = JSON.parse(readFileSync(join(FIXTURES, 'tiny-roberta/reference.json'), 'utf8'));


/** The fixture's four real snippets cut into line windows: 8 files per language, plus one binary file. */
function makeDataFolder(languages = ['python', 'go', 'java', 'ruby']): string {
  const dir = mkdtempSync(join(tmpdir(), 'codeberta-data-'));
  languages.forEach((lang, i) => {
    mkdirSync(join(dir, lang));
    const lines: string[] = reference.inputs.texts[i].split('\n');
    for (let j = 0; j < 8; j++) writeFileSync(join(dir, lang, `s${j}.txt`), `${lines.slice(j % Math.max(1, lines.length - 2)).join('\n')}\n# ${j}\n`);
  });
  writeFileSync(join(dir, languages[0]!, 'image.bin'), Uint8Array.from([0x89, 0x50, 0, 0, 1]));
  return dir;
}

const noStack = (stderr: string) => expect(hasStackTrace(stderr)).toBe(false);

describe('codeberta train / eval', () => {
  const data = makeDataFolder();
  const out = mkdtempSync(join(tmpdir(), 'codeberta-out-'));

  it('fine-tunes the masked-LM checkpoint and writes a Hugging Face folder and a checkpoint', async () => {
    const r = await codeberta([
      'train', '--data', data, '--model', join(FIXTURES, 'tiny-roberta-mlm'), '--out', out,
      '--epochs', '2', '--batch-size', '4', '--lr', '1e-3', '--no-freeze-base', '--backend', 'cpu', '--max-tokens-per-pass', '64',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('batches of 4 × up to 64 tokens run in passes of at most 64 tokens');
    expect(r.stderr).toContain('newly initialised (not in the checkpoint): classifier.dense.weight');
    expect(r.stderr).toContain('skipped 1');
    expect(r.stdout).toMatch(/Test \(8 files\): whole file \d+\.\d\d%, 20 lines \d+\.\d\d%, 5 lines \d+\.\d\d%/);
    expect(r.stderr).toContain('split by file (fewer than 3 project folders) for: go, java, python, ruby');
    expect(r.stdout).toContain('weighted avg');
    const config = JSON.parse(readFileSync(join(out, 'model/config.json'), 'utf8'));
    expect(config.architectures).toEqual(['RobertaForSequenceClassification']);
    expect(config.id2label).toEqual({ 0: 'go', 1: 'java', 2: 'python', 3: 'ruby' });
    const weights = readStateDict(readFileSync(join(out, 'model/model.safetensors')));
    expect(weights.get('classifier.out_proj.weight')!.shape).toEqual([4, 64]);
    expect([...weights.keys()].some((k) => k.startsWith('lm_head'))).toBe(false);
    for (const f of ['vocab.json', 'merges.txt', 'tokenizer.json', 'tokenizer_config.json']) expect(existsSync(join(out, 'model', f))).toBe(true);
    const checkpoint = readTrainingCheckpoint<{ optimizerStep: number; finished: boolean; labels: string[]; trainConfig: { max_tokens_per_pass: number } }>(readFileSync(join(out, 'checkpoint.safetensors')));
    expect(checkpoint.state.finished).toBe(true);
    expect(checkpoint.state.trainConfig.max_tokens_per_pass).toBe(64);
    expect(checkpoint.state.optimizerStep).toBe(10); // 2 epochs × ceil(20 train files / 4)
    expect(checkpoint.tensors.expAvg.size).toBeGreaterThan(0);
  });

  it('evaluates the trained model on the same held-out split the trainer used', async () => {
    const train = readFileSync(join(out, 'checkpoint.safetensors'));
    const testAccuracy = readTrainingCheckpoint<{ history: { test: { accuracy: number } } }>(train).state.history.test.accuracy;
    const r = await codeberta(['eval', '--model', join(out, 'model'), '--data', data, '--split', 'test', '--json', '--backend', 'cpu']);
    expect(r.code, r.stderr).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result.files).toBe(8);
    expect(result.accuracy).toBe(testAccuracy);
    expect(result.confusion_matrix.flat().reduce((a: number, b: number) => a + b, 0)).toBe(8);
    expect(result.report['weighted avg'].support).toBe(8);
    expect(Object.keys(result.views)).toEqual(['whole', 'l20', 'l5']);
    expect(result.views.whole.accuracy).toBe(result.accuracy);
    const history = readTrainingCheckpoint<{ history: { test: { views: { view: string; accuracy: number }[] } } }>(train).state.history.test.views;
    expect(history.map((v) => v.accuracy)).toEqual([result.views.whole.accuracy, result.views.l20.accuracy, result.views.l5.accuracy]);
    const head = await codeberta(['eval', '--model', join(out, 'model'), '--data', data, '--split', 'test', '--views', 'head,l5', '--json', '--backend', 'cpu']);
    expect(Object.keys(JSON.parse(head.stdout).views)).toEqual(['head', 'l5']);
    const bad = await codeberta(['eval', '--model', join(out, 'model'), '--data', data, '--views', 'whole,lines']);
    expect(bad.stderr).toContain('--views: unknown view "lines"');
  });

  it('evaluates a folder of one language and a few files (no split needed)', async () => {
    const few = mkdtempSync(join(tmpdir(), 'few-'));
    mkdirSync(join(few, 'go'));
    writeFileSync(join(few, 'go', 'a.go'), 'package main\n\nfunc main() {}\n');
    writeFileSync(join(few, 'go', 'b.go'), 'package util\n\nconst X = 1\n');
    const r = await codeberta(['eval', '--model', join(out, 'model'), '--data', few, '--json', '--backend', 'cpu']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).files).toBe(2);
    // A language the model does not know: refused, or skipped and listed with --known-only.
    mkdirSync(join(few, 'kotlin'));
    writeFileSync(join(few, 'kotlin', 'a.kt'), 'fun main() {\n    println("hi")\n}\n');
    const refused = await codeberta(['eval', '--model', join(out, 'model'), '--data', few, '--json', '--backend', 'cpu']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('languages it was not trained on: kotlin (--known-only scores the others)');
    const known = await codeberta(['eval', '--model', join(out, 'model'), '--data', few, '--json', '--known-only', '--backend', 'cpu']);
    expect(known.code, known.stderr).toBe(0);
    expect(known.stderr).toContain('skipping languages the model does not know: kotlin');
    expect(JSON.parse(known.stdout)).toMatchObject({ files: 2, skipped_languages: ['kotlin'] });
  });

  it('resumes a checkpoint (with this machine\'s memory budget) and refuses one made for other data', async () => {
    const checkpointPath = join(out, 'checkpoint.safetensors');
    const resumed = await codeberta(['train', '--data', data, '--model', join(out, 'model'), '--out', out, '--resume', checkpointPath, '--backend', 'cpu', '--max-tokens-per-pass', '0']);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.stderr).toContain('resuming at step 10 of 10');
    expect(resumed.stderr).not.toContain('run in passes');
    const budget = readTrainingCheckpoint<{ trainConfig: { max_tokens_per_pass: number } }>(readFileSync(checkpointPath)).state.trainConfig.max_tokens_per_pass;
    expect(budget).toBe(0);
    const other = makeDataFolder(['python', 'go', 'java', 'rust']);
    const refused = await codeberta(['train', '--data', other, '--model', join(out, 'model'), '--out', mkdtempSync(join(tmpdir(), 'x')), '--resume', join(out, 'checkpoint.safetensors')]);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/trained on \[go, java, python, ruby\]/);
    noStack(refused.stderr);
  });

  it('refuses to replace a finished run without --overwrite; SIGTERM stops with a checkpoint to resume', async () => {
    const again = await codeberta(['train', '--data', data, '--model', join(FIXTURES, 'tiny-roberta-mlm'), '--out', out, '--backend', 'cpu']);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toContain(`${out} already holds a run`);
    expect(again.stderr).toContain('--overwrite');
    noStack(again.stderr);

    // A long run, terminated as a timeout or `kill` would: it stops after the step and writes a checkpoint.
    const child = spawn(process.execPath, [join(ROOT, 'bin/codeberta.js'), 'train', '--data', data, '--model', join(FIXTURES, 'tiny-roberta-mlm'),
      '--out', out, '--overwrite', '--epochs', '50', '--batch-size', '2', '--log-every', '1', '--backend', 'cpu'], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      if (/epoch 1 loss/.test(stderr) && !child.killed) child.kill('SIGTERM');
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toContain('SIGTERM: stopping after this step');
    expect(code).toBe(130);
    const state = readTrainingCheckpoint<{ finished: boolean; optimizerStep: number }>(readFileSync(join(out, 'checkpoint.safetensors'))).state;
    expect(state.finished).toBe(false);
    expect(state.optimizerStep).toBeGreaterThan(0);
  }, 120_000);

  it('explains bad input with a clear message and a non-zero exit', async () => {
    const base = ['--model', join(FIXTURES, 'tiny-roberta-mlm'), '--out', mkdtempSync(join(tmpdir(), 'y'))];
    const missing = await codeberta(['train', '--data', join(data, 'nope'), ...base]);
    expect(missing.stderr).toContain('does not exist');
    const one = mkdtempSync(join(tmpdir(), 'one-'));
    mkdirSync(join(one, 'python'));
    for (let i = 0; i < 6; i++) writeFileSync(join(one, 'python', `${i}.py`), `x = ${i}\n`);
    const single = await codeberta(['train', '--data', one, ...base]);
    expect(single.stderr).toContain('at least two languages');
    const empty = mkdtempSync(join(tmpdir(), 'empty-'));
    mkdirSync(join(empty, 'go'));
    writeFileSync(join(empty, 'go', 'blob.bin'), Uint8Array.from([0, 0, 0]));
    const unreadable = await codeberta(['train', '--data', empty, ...base]);
    expect(unreadable.stderr).toMatch(/No language sub-folders with readable files/);
    const badLr = await codeberta(['train', '--data', data, ...base, '--lr', 'fast']);
    expect(badLr.stderr).toContain('--lr must be a number');
    const other = makeDataFolder(['python', 'go', 'java', 'rust']);
    const labels = await codeberta(['eval', '--model', join(out, 'model'), '--data', other]);
    expect(labels.stderr).toContain('not trained on: rust');
    const resumeWithSettings = await codeberta(['train', '--data', data, ...base, '--resume', join(out, 'checkpoint.safetensors'), '--epochs', '9', '--max-length', '32']);
    expect(resumeWithSettings.stderr).toContain('--epochs, --max-length cannot change them (only --max-tokens-per-pass can)');
    const accumulation = await codeberta(['train', '--data', data, ...base, '--grad-accum', '1000000000', '--backend', 'cpu']);
    expect(accumulation.stderr).toMatch(/gradient_accumulation_steps 1000000000 is more than the \d+ micro-batches of an epoch/);
    const noModel = await codeberta(['train', '--data', data, '--model', './nosuchdir', '--out', mkdtempSync(join(tmpdir(), 'z'))]);
    expect(noModel.stderr).toContain('no model folder ./nosuchdir');
    for (const r of [missing, single, unreadable, badLr, labels, resumeWithSettings, accumulation, noModel]) {
      expect(r.code).not.toBe(0);
      noStack(r.stderr);
    }
  });
});
