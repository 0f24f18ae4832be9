/**
 * `codeberta predict` end to end, as a user runs it: a child process on the fixture model. The probabilities
 * must be the softmax of the reference logits that Hugging Face computed for the same texts.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeberta, FIXTURES, hasStackTrace } from './cliHarness.ts';

const FIXTURE = join(FIXTURES, 'tiny-roberta');
const reference = JSON.parse(readFileSync(join(FIXTURE, 'reference.json'), 'utf8'));

const softmax = (logits: number[]) => {
  const m = Math.max(...logits);
  const e = logits.map((x) => Math.exp(x - m));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / s);
};

describe('codeberta predict', () => {
  const dir = mkdtempSync(join(tmpdir(), 'codeberta-predict-'));
  const texts: string[] = reference.inputs.texts;
  const files = texts.map((text, i) => {
    const file = join(dir, `snippet${i}.txt`);
    writeFileSync(file, text);
    return file;
  });
  const labels = Object.values(JSON.parse(readFileSync(join(FIXTURE, 'config.json'), 'utf8')).id2label) as string[];

  it.each(['wasm', 'cpu'])('--json gives the reference probabilities on %s', async (backend) => {
    const { code, stdout } = await codeberta(['predict', '--model', FIXTURE, '--json', '--backend', backend, ...files]);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file)).toEqual(files);
    lines.forEach((line, i) => {
      const expected = softmax(reference.eval.logits[i]);
      expect(Object.keys(line.probs)).toEqual(labels);
      labels.forEach((label, j) => expect(Math.abs(line.probs[label] - expected[j])).toBeLessThan(1e-5));
      const best = expected.indexOf(Math.max(...expected));
      expect(line.label).toBe(labels[best]);
      expect(line.confidence).toBeCloseTo(expected[best], 5);
    });
  });

  it('reports unreadable and binary files, still predicts the rest, and exits non-zero', async () => {
    const binary = join(dir, 'image.bin');
    writeFileSync(binary, Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    const missing = join(dir, 'missing.py');
    const { code, stdout, stderr } = await codeberta(['predict', '--model', FIXTURE, '--json', binary, files[0], missing]);
    expect(code).not.toBe(0);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toEqual({ file: binary, error: 'skipped: binary file' });
    expect(lines[1].file).toBe(files[0]);
    expect(Object.keys(lines[1].probs)).toEqual(labels);
    expect(lines[2]).toEqual({ file: missing, error: 'no such file' });
    expect(stderr).toContain(`${binary}: skipped: binary file`);
  });

  it('refuses a FIFO and a device without reading them (no hang, no endless read), and still predicts the rest', async () => {
    const fifo = join(dir, 'pipe.py');
    execFileSync('mkfifo', [fifo]);
    const { code, stdout } = await codeberta(['predict', '--model', FIXTURE, '--json', fifo, '/dev/zero', files[0]]);
    expect(code).toBe(1);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines[0]).toEqual({ file: fifo, error: 'not a regular file (a FIFO, socket or device): not read' });
    expect(lines[1]).toEqual({ file: '/dev/zero', error: 'not a regular file (a FIFO, socket or device): not read' });
    expect(lines[2].label).toBeTypeOf('string');
  });

  it('refuses a model that names labels but has no classifier weights (it would answer at random)', async () => {
    const headless = mkdtempSync(join(tmpdir(), 'headless-'));
    for (const f of ['config.json', 'vocab.json', 'merges.txt', 'tokenizer_config.json']) copyFileSync(join(FIXTURE, f), join(headless, f));
    copyFileSync(join(FIXTURES, 'tiny-roberta-mlm', 'model.safetensors'), join(headless, 'model.safetensors')); // encoder + lm_head only
    const r = await codeberta(['predict', '--model', headless, files[0]]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/names its labels \(id2label\) but has no weights for classifier\.dense\.weight.*random classifier/);
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  it('--top-k prints the k most probable labels in order', async () => {
    const { code, stdout } = await codeberta(['predict', '--model', FIXTURE, '--top-k', '3', files[3]]);
    expect(code).toBe(0);
    const expected = softmax(reference.eval.logits[3]);
    const ranked = labels.map((l, j) => ({ l, p: expected[j] })).sort((a, b) => b.p - a.p).slice(0, 3);
    expect(stdout.trim()).toBe(`${files[3]}: ${ranked.map((r) => `${r.l} ${(r.p * 100).toFixed(1)}%`).join(', ')}`);
  });

  it('reads a long input whole, in windows within the model limit; --max-windows 1 reads its head only', async () => {
    const long = join(dir, 'long.py');
    writeFileSync(long, `${texts[1]}\n${texts[0].repeat(20)}`); // far beyond the 64 positions of the tiny model
    const whole = await codeberta(['predict', '--model', FIXTURE, '--json', long]);
    const head = await codeberta(['predict', '--model', FIXTURE, '--json', '--max-windows', '1', long]);
    expect([whole.code, head.code]).toEqual([0, 0]);
    const [w, h] = [JSON.parse(whole.stdout), JSON.parse(head.stdout)];
    for (const p of [w, h]) expect(Object.values(p.probs as Record<string, number>).reduce((a, b) => a + b)).toBeCloseTo(1, 5);
    expect(w.probs).not.toEqual(h.probs);
  });

  it('explains a missing model folder and bad options without a stack trace', async () => {
    const noModel = await codeberta(['predict', '--model', join(dir, 'nope'), files[0]]);
    expect(noModel.code).not.toBe(0);
    expect(noModel.stderr).toMatch(/no model folder .*nope \(a Hugging Face hub id is owner\/name/);
    const relative = await codeberta(['predict', '--model', './nosuchdir', files[0]]);
    expect(relative.stderr).toContain('no model folder ./nosuchdir'); // not taken for a hub id (no network call)
    expect(hasStackTrace(noModel.stderr)).toBe(false);
    const badK = await codeberta(['predict', '--model', FIXTURE, '--top-k', 'x', files[0]]);
    expect(badK.code).toBe(2);
    expect(badK.stderr).toContain('--top-k must be a positive integer');
  });
});
