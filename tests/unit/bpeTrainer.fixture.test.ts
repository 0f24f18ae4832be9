/**
 * Golden test: trained on the fixture tokenizer's own corpus (673 Debian / npm files, rebuilt and
 * sha256-verified by scripts/rebuild-fixture-corpus.mjs into .corpus/tiny-roberta), 1000 merges reproduce
 * the fixture's merges.txt and vocab.json — and, through the exporter, its whole tokenizer folder — byte
 * for byte. When the corpus is missing the test rebuilds it (apt-get download + npm pack, ~70 MB, cached);
 * it is skipped only where the script says this machine cannot (exit code 3: not Debian, offline).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { trainByteLevelBpe, trainedTokenizerFiles } from '../../src/core/tokenizer/bpeTrainer.ts';
import { PretokenCounter } from '../../src/core/tokenizer/corpusPretokenCounts.ts';
import { FIXTURE_DIR, fixtureText, TOKENIZER_FILE_NAMES } from './tokenizerFixtures.ts';

const REPO = resolve(import.meta.dirname, '../..');
const CORPUS = join(REPO, '.corpus/tiny-roberta');
const UNAVAILABLE = 3;

interface ManifestFile {
  lang: string;
  path: string;
  sha256: string;
}
const manifest = JSON.parse(fixtureText('corpus_manifest.json')) as { files: ManifestFile[] };
const corpusPath = (f: ManifestFile) => join(CORPUS, f.lang, f.path);

/** Every manifest file present with its sha256 (a half-written or stale corpus is rebuilt). */
function corpusComplete(): boolean {
  return manifest.files.every((f) => existsSync(corpusPath(f)) && createHash('sha256').update(readFileSync(corpusPath(f))).digest('hex') === f.sha256);
}

let unavailable: string | null = null;

beforeAll(() => {
  if (corpusComplete()) return;
  const run = spawnSync(process.execPath, [join(REPO, 'scripts/rebuild-fixture-corpus.mjs'), '--fixture', FIXTURE_DIR], { encoding: 'utf8', timeout: 600_000 });
  if (run.status === UNAVAILABLE) unavailable = run.stderr.trim();
  else if (run.status !== 0 || !corpusComplete()) throw new Error(`rebuild-fixture-corpus failed (${run.status}): ${run.stderr}`);
}, 660_000);

describe('training on the fixture corpus', () => {
  it('reproduces merges.txt, vocab.json and the whole tokenizer folder exactly', (ctx) => {
    if (unavailable !== null) {
      console.warn(`skipped: ${unavailable}`);
      ctx.skip();
    }
    const counter = new PretokenCounter();
    // The fixture's trainer read the files as they are (none has a CR or a BOM).
    for (const f of manifest.files) counter.add(readFileSync(corpusPath(f), 'utf8'));
    expect(counter.texts).toBe(673);
    const trained = trainByteLevelBpe(counter.entries(), { vocabSize: 1261 });
    expect(trained.exhausted).toBe(false);
    const files = trainedTokenizerFiles(trained, { modelMaxLength: 64 });
    expect(files['merges.txt']).toBe(fixtureText('merges.txt'));
    expect(files['vocab.json']).toBe(fixtureText('vocab.json'));
    for (const name of TOKENIZER_FILE_NAMES) expect(files[name], name).toBe(fixtureText(name));
  });
});
