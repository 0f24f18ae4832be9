#!/usr/bin/env node
// Gathers a corpus of real, permissively licensed source code (for tokenizer training and pretraining)
// from pinned Debian 12 and npm packages (scripts/corpus/sources.mjs), into
//   <out>/<language>/<source>/<path>   and   <out>/MANIFEST.json
// (per file: language, source package, version, licence, original path, sha256, size).
//
//   node scripts/gather-corpus.mjs [--out .corpus/code] [--bytes-per-language 2000000] [--languages go,python]
//
// Needs a Debian machine with apt (packages are downloaded and unpacked under the cache folder, never
// installed; as root it runs `apt-get update` when apt has no package lists) and npm. Re-runs reuse the
// cache. Exit code 3: this machine cannot provide the sources. Keep the output out of git (.corpus/).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { collectCandidates, hashOrder } from './corpus/candidates.mjs';
import { DEFAULT_CACHE_DIR, EXIT_UNAVAILABLE, UnavailableError } from './corpus/fetch.mjs';
import { SOURCES } from './corpus/sources.mjs';

const REPO = resolve(dirname(new URL(import.meta.url).pathname), '..');

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: join(REPO, '.corpus/code') },
    cache: { type: 'string', default: DEFAULT_CACHE_DIR },
    'bytes-per-language': { type: 'string', default: '2000000' },
    'min-bytes': { type: 'string', default: '300' },
    'max-bytes': { type: 'string', default: '60000' },
    languages: { type: 'string' },
    seed: { type: 'string', default: 'codeberta-corpus' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log('Usage: node scripts/gather-corpus.mjs [--out DIR] [--cache DIR] [--bytes-per-language N] [--min-bytes N] [--max-bytes N] [--languages a,b] [--seed S]');
  process.exit(0);
}

const perLanguage = Number(values['bytes-per-language']);
const limits = { minBytes: Number(values['min-bytes']), maxBytes: Number(values['max-bytes']) };
const languages = values.languages?.split(',');
const sources = SOURCES.filter((s) => !languages || languages.includes(s.language));

try {
  const started = performance.now();
  const { candidates, skipped } = collectCandidates(sources, resolve(values.cache), limits, (m) => console.error(m));
  const byLanguage = new Map();
  for (const c of candidates) byLanguage.set(c.language, [...(byLanguage.get(c.language) ?? []), c]);
  const chosen = [];
  const summary = {};
  for (const [language, files] of [...byLanguage].sort(([a], [b]) => (a < b ? -1 : 1))) {
    let bytes = 0;
    // Hash order, taken until the language has its share: every language gets about the same weight.
    for (const f of hashOrder(files, values.seed)) {
      if (bytes >= perLanguage) break;
      chosen.push(f);
      bytes += f.size;
    }
    summary[language] = { files: chosen.filter((f) => f.language === language).length, bytes, available: files.length };
  }

  const out = resolve(values.out);
  rmSync(out, { recursive: true, force: true });
  for (const f of chosen) {
    mkdirSync(dirname(join(out, f.outPath)), { recursive: true });
    writeFileSync(join(out, f.outPath), f.bytes);
  }
  const manifest = {
    description: 'Real, permissively licensed source code; see scripts/corpus/sources.mjs for sources and licence checks.',
    selection: `per language: eligible files (${limits.minBytes}..${limits.maxBytes} bytes, UTF-8, no line over 1000 chars, no tests) in sha1("${values.seed}:path") order until ${perLanguage} bytes`,
    languages: summary,
    skipped,
    files: chosen.map(({ bytes: _, licenceText: __, outPath, ...f }) => ({ path: outPath, ...f })),
  };
  writeFileSync(join(out, 'MANIFEST.json'), `${JSON.stringify(manifest, null, 1)}\n`);
  const total = chosen.reduce((s, f) => s + f.size, 0);
  console.error(`wrote ${chosen.length} files, ${(total / 1e6).toFixed(1)} MB, to ${out} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  for (const [language, s] of Object.entries(summary)) console.error(`  ${language.padEnd(11)} ${String(s.files).padStart(5)} files ${(s.bytes / 1e6).toFixed(2).padStart(6)} MB (of ${s.available} eligible)`);
} catch (err) {
  if (err instanceof UnavailableError) {
    console.error(`gather-corpus: ${err.message}`);
    process.exit(EXIT_UNAVAILABLE);
  }
  throw err;
}
