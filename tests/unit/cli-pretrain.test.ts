/**
 * `codeberta pretrain` with line-run views: the log counts them, and a resumed run rebuilds its examples from the
 * checkpoint's seed and views (a flag given on resume cannot change the data under a half-finished run).
 */
import { mkdtempSync, mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeberta, FIXTURES } from './cliHarness.ts';

const TINY = join(FIXTURES, 'tiny-roberta');
const SIZE = ['--hidden', '16', '--layers', '1', '--heads', '2', '--intermediate', '32', '--max-length', '32', '--batch-size', '4'];

describe('codeberta pretrain --views-per-file', () => {
  it('adds views per training file and keeps the checkpoint’s views on resume', async () => {
    const work = mkdtempSync(join(tmpdir(), 'codeberta-pretrain-'));
    const corpus = join(work, 'corpus');
    for (const [language, line] of [['python', 'x = f(y)  # python'], ['go', 'x := f(y) // go']]) {
      mkdirSync(join(corpus, language), { recursive: true });
      for (let i = 0; i < 5; i++) writeFileSync(join(corpus, language, `f${i}.txt`), Array.from({ length: 12 }, (_, j) => `${line} ${i} ${j}`).join('\n'));
    }
    const out = join(work, 'out');
    const first = await codeberta(['pretrain', '--corpus', corpus, '--tokenizer', TINY, '--out', out, ...SIZE, '--steps', '4', '--eval-every', '2', '--views-per-file', '3']);
    expect(first.code, first.stderr).toBe(0);
    // 10 files, none held out by path (1 in 50 is): 3 views each.
    expect(first.stderr + first.stdout).toMatch(/10 files → \d+ training examples \(\d+ blocks, 30 views;/);
    expect(existsSync(join(out, 'model', 'model.safetensors'))).toBe(true);
    const resumed = await codeberta(['pretrain', '--corpus', corpus, '--tokenizer', TINY, '--out', join(work, 'out2'), ...SIZE, '--resume', join(out, 'checkpoint.safetensors'), '--views-per-file', '0']);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.stderr + resumed.stdout).toMatch(/\(\d+ blocks, 30 views;/);
    const bad = await codeberta(['pretrain', '--corpus', corpus, '--tokenizer', TINY, '--out', join(work, 'out3'), '--views-per-file', '99']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--views-per-file must be an integer from 0 to 16, not "99"/);
  }, 120_000);
});
