/**
 * public/sample/, the dataset bundled with the studio (made by scripts/make-sample.mjs): what the browser
 * fetches through index.json is exactly what is there, every file is the unmodified package file its
 * manifest names, and the dataset reader takes it as a clean multi-language dataset.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDatasetFolder } from '../../src/core/data/datasetFolder.ts';

const SAMPLE = resolve(import.meta.dirname, '../../public/sample');
const TOP_LEVEL = ['LICENSES.txt', 'MANIFEST.json', 'README.md', 'index.json'];

interface ManifestFile {
  path: string;
  language: string;
  package: string;
  version: string;
  licence: string;
  originalPath: string;
  sha256: string;
  size: number;
}
const index = JSON.parse(readFileSync(join(SAMPLE, 'index.json'), 'utf8')) as { languages: Record<string, number>; totalBytes: number; files: string[] };
const manifest = JSON.parse(readFileSync(join(SAMPLE, 'MANIFEST.json'), 'utf8')) as { files: ManifestFile[] };

function allFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

describe('public/sample', () => {
  it('index.json lists exactly the files in language folders, and the manifest describes each one', () => {
    const onDisk = allFiles(SAMPLE);
    expect(onDisk.filter((p) => p.includes('/'))).toEqual([...index.files].sort());
    expect(onDisk.filter((p) => !p.includes('/'))).toEqual(TOP_LEVEL);
    expect(manifest.files.map((f) => f.path)).toEqual(index.files);
    // Paths a browser can fetch as they are: no spaces, no "@", no dot-files.
    for (const p of index.files) expect(p, p).toMatch(/^[a-z]+\/[A-Za-z0-9_.+-]+(\/[A-Za-z0-9_+-][A-Za-z0-9_.+-]*)+$/);
  });

  it('each file is the package file its manifest names (sha256, size 300 B – 20 KB, permissive licence)', () => {
    const permissive = /^(MIT|ISC|Apache-2\.0|BSD-[23]-Clause|Zlib|PSF-2\.0|curl|BlueOak-1\.0\.0|MIT OR Apache-2\.0|Ruby OR BSD-2-Clause|BSD-2-Clause AND BSD-3-Clause AND MIT)$/;
    let total = 0;
    for (const f of manifest.files) {
      const bytes = readFileSync(join(SAMPLE, f.path));
      expect(createHash('sha256').update(bytes).digest('hex'), f.path).toBe(f.sha256);
      expect(bytes.length, f.path).toBe(f.size);
      expect(f.size >= 300 && f.size <= 20_000, f.path).toBe(true);
      expect(f.licence, f.path).toMatch(permissive);
      expect(f.package, f.path).toMatch(/^(debian|npm):/);
      expect(f.path.split('/')[0]).toBe(f.language);
      total += f.size;
    }
    expect(total).toBe(index.totalBytes);
    const folderBytes = allFiles(SAMPLE).reduce((sum, p) => sum + statSync(join(SAMPLE, p)).size, 0);
    expect(folderBytes).toBeLessThan(3_000_000);
  });

  it('reads as a dataset of at least 8 languages with 40 usable files each and nothing skipped but the top-level files', () => {
    const entries = allFiles(SAMPLE).map((path) => ({ path, bytes: new Uint8Array(readFileSync(join(SAMPLE, path))) }));
    const dataset = readDatasetFolder(entries, { root: null, newlines: 'universal' });
    expect(dataset.labels.length).toBeGreaterThanOrEqual(8);
    expect(dataset.labels).toEqual(Object.keys(index.languages));
    dataset.labels.forEach((label, i) => expect(dataset.labelCounts[i], label).toBe(40));
    expect(dataset.skipped.map((s) => [s.path, s.reason])).toEqual(TOP_LEVEL.map((p) => [p, 'root-level']));
  });
});
