#!/usr/bin/env node
// Rebuilds the corpus the tiny-roberta fixture tokenizer was trained on (its corpus_manifest.json: 673
// files of Debian 12's Python 3.11 stdlib, Go 1.19, Ruby 3.1, OpenJDK 17 src.zip, and npm + corepack),
// verifying every file's sha256, into <out>/<lang>/<path>. tests/unit/bpeTrainer.fixture.test.ts trains
// on it and must reproduce the fixture's merges.txt and vocab.json exactly.
//
//   node scripts/rebuild-fixture-corpus.mjs [--out .corpus/tiny-roberta] [--fixture ../shared/fixtures/tiny-roberta]
//
// Needs Debian 12 with apt (downloads, never installs) and the npm registry. Debian replaces package
// versions over time; every version apt still offers is tried until the hashes match. Exit code 3: this
// machine cannot rebuild it (not Debian, offline, or no offered version has the fixture's files).
// OpenJDK's source is GPL-2.0 with Classpath exception: used here to reproduce the fixture only, never shipped.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { unzipSync } from 'fflate';
import { sha256 } from './corpus/candidates.mjs';
import { aptVersions, DEFAULT_CACHE_DIR, EXIT_UNAVAILABLE, fetchDeb, fetchNpm, UnavailableError } from './corpus/fetch.mjs';

const REPO = resolve(dirname(new URL(import.meta.url).pathname), '..');

/** Where each manifest source lives. Versions first in line are those verified to match (November 2025). */
const FIXTURE_SOURCES = {
  'debian:python3.11-stdlib': {
    root: 'usr/lib/python3.11',
    // The fixture machine had these installed: /usr/lib/python3.11 is spread over all of them.
    debs: {
      'libpython3.11-minimal': ['3.11.2-6+deb12u8'],
      'libpython3.11-stdlib': ['3.11.2-6+deb12u8'],
      'libpython3.11-dev': ['3.11.2-6+deb12u8'],
      'python3.11-venv': ['3.11.2-6+deb12u8'],
      'python3-tk': ['3.11.2-3'],
      'python3-lib2to3': ['3.11.2-3'],
      'python3-distutils': ['3.11.2-3'],
    },
  },
  'debian:golang-1.19-src': { root: 'usr/share/go-1.19/src', debs: { 'golang-1.19-src': ['1.19.8-2'] } },
  'debian:ruby3.1-stdlib': { root: 'usr/lib/ruby/3.1.0', debs: { 'libruby3.1': ['3.1.7+really3.1.2-0+deb12u1'] } },
  'debian:openjdk-17-source(src.zip)': { zip: 'usr/lib/jvm/openjdk-17/lib/src.zip', debs: { 'openjdk-17-source': ['17.0.21.1+2-1~deb12u1'] } },
  // Paths start with the package folder ("npm/node_modules/…"): node's global node_modules.
  'node-global-modules(npm,corepack)': { npm: ['npm@11.19.1', 'corepack@0.34.6'] },
};

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: join(REPO, '.corpus/tiny-roberta') },
    cache: { type: 'string', default: DEFAULT_CACHE_DIR },
    fixture: { type: 'string', default: resolve(REPO, '../shared/fixtures/tiny-roberta') },
  },
});
const cache = resolve(values.cache);
const out = resolve(values.out);

/** A package version's copy of each wanted path (bytes, or undefined when absent). */
function readFromDeb(pkg, version, wanted, source) {
  const { root } = fetchDeb(cache, pkg, [version]);
  if (source.zip) {
    const zipped = unzipSync(readFileSync(join(root, source.zip)), { filter: (f) => wanted.has(f.name) });
    return new Map([...wanted].map((p) => [p, zipped[p]]));
  }
  return new Map([...wanted].map((p) => [p, existsSync(join(root, source.root, p)) ? readFileSync(join(root, source.root, p)) : undefined]));
}

function rebuild() {
  const manifest = JSON.parse(readFileSync(join(values.fixture, 'corpus_manifest.json'), 'utf8'));
  const found = new Map(); // manifest index → bytes
  for (const [sourceName, source] of Object.entries(FIXTURE_SOURCES)) {
    const entries = manifest.files.map((f, i) => ({ ...f, i })).filter((f) => f.source === sourceName);
    const wanted = new Set(entries.map((f) => f.path));
    if (source.npm) {
      for (const spec of source.npm) {
        const { root } = fetchNpm(cache, spec);
        const name = spec.slice(0, spec.lastIndexOf('@'));
        for (const f of entries) {
          if (f.path.startsWith(`${name}/`) && existsSync(join(root, f.path.slice(name.length + 1)))) {
            found.set(f.i, readFileSync(join(root, f.path.slice(name.length + 1))));
          }
        }
      }
      continue;
    }
    for (const [pkg, pinned] of Object.entries(source.debs)) {
      // A version fits when every manifest file it holds has the manifest's hash.
      let fitting = null;
      const tried = [];
      // The pinned versions first; apt is only asked for others (a second per call) when those do not fit.
      const versions = function* () {
        yield* pinned;
        yield* aptVersions(pkg).filter((v) => !pinned.includes(v));
      };
      for (const version of versions()) {
        tried.push(version);
        let files;
        try {
          files = readFromDeb(pkg, version, wanted, source);
        } catch (err) {
          if (err instanceof UnavailableError) continue;
          throw err;
        }
        const held = entries.filter((f) => files.get(f.path) !== undefined);
        if (held.every((f) => sha256(files.get(f.path)) === f.sha256)) {
          fitting = version;
          for (const f of held) found.set(f.i, files.get(f.path));
          break;
        }
        console.error(`rebuild-fixture-corpus: ${pkg} ${version} differs from the fixture's files, trying another version`);
      }
      if (fitting === null) throw new UnavailableError(`no version of ${pkg} apt offers (${tried.join(', ')}) has the fixture's files`);
    }
  }
  const missing = manifest.files.filter((f, i) => !found.has(i) || sha256(found.get(i)) !== f.sha256);
  if (missing.length > 0) {
    throw new UnavailableError(`${missing.length} manifest files not found with the right sha256, e.g. ${missing[0].source} ${missing[0].path}`);
  }
  // Written next to the final folder and renamed, so a test never sees half a corpus.
  const tmp = `${out}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  manifest.files.forEach((f, i) => {
    mkdirSync(dirname(join(tmp, f.lang, f.path)), { recursive: true });
    writeFileSync(join(tmp, f.lang, f.path), found.get(i));
  });
  rmSync(out, { recursive: true, force: true });
  renameSync(tmp, out);
  console.error(`rebuild-fixture-corpus: ${manifest.files.length} files, all sha256 verified, in ${out}`);
}

try {
  rebuild();
} catch (err) {
  if (err instanceof UnavailableError) {
    console.error(`rebuild-fixture-corpus: cannot rebuild here: ${err.message}`);
    process.exit(EXIT_UNAVAILABLE);
  }
  throw err;
}
