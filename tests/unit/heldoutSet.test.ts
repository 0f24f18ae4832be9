/**
 * bench/heldout/, the held-out evaluation set (scripts/make-sample.mjs --set heldout): every file is the package file
 * its manifest names, 30 files in each of the 20 languages drawn from at least three projects per language (files
 * are chosen in hash order, so a language's 30 may come from two of them), and nothing in it
 * comes from a package that the pretraining corpus (scripts/corpus/sources.mjs) or the bundled sample uses.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs module of the build scripts, without type declarations
import { SOURCES } from '../../scripts/corpus/sources.mjs';
// @ts-expect-error: as above
import { HELDOUT_SOURCES } from '../../scripts/corpus/heldoutSources.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
interface ManifestFile {
  path: string;
  language: string;
  package: string;
  sha256: string;
}
const manifestOf = (dir: string) => (JSON.parse(readFileSync(join(ROOT, dir, 'MANIFEST.json'), 'utf8')) as { files: ManifestFile[] }).files;
const heldout = manifestOf('bench/heldout');
const sample = manifestOf('public/sample');

type Source = { language: string; from: { deb?: string; npm?: string } };
/** "debian:<name>" / "npm:<name>", as the manifests spell a package. */
const packageOf = (s: Source) => (s.from.deb ? `debian:${s.from.deb}` : `npm:${s.from.npm!.slice(0, s.from.npm!.lastIndexOf('@'))}`);

describe('bench/heldout', () => {
  it('holds 30 unmodified package files in each of the 20 languages, drawn from at least 3 projects each', () => {
    const perLanguage = new Map<string, ManifestFile[]>();
    for (const f of heldout) {
      const bytes = readFileSync(join(ROOT, 'bench/heldout', f.path));
      expect(createHash('sha256').update(bytes).digest('hex'), f.path).toBe(f.sha256);
      perLanguage.set(f.language, [...(perLanguage.get(f.language) ?? []), f]);
    }
    expect(perLanguage.size).toBe(20);
    for (const [language, files] of perLanguage) {
      expect(files, language).toHaveLength(30);
      const projects = new Set((HELDOUT_SOURCES as (Source & { name: string })[]).filter((s) => s.language === language).map((s) => s.name));
      expect(projects.size, language).toBeGreaterThanOrEqual(3);
      expect(new Set(files.map((f) => f.path.split('/')[1])).size, language).toBeGreaterThanOrEqual(2);
    }
  });

  it('shares no package with the pretraining corpus or the sample, and no file with the sample', () => {
    const trainingPackages = new Set([...(SOURCES as Source[]).map(packageOf), ...sample.map((f) => f.package)]);
    const heldoutPackages = new Set([...(HELDOUT_SOURCES as Source[]).map(packageOf), ...heldout.map((f) => f.package)]);
    expect([...heldoutPackages].filter((p) => trainingPackages.has(p))).toEqual([]);
    const sampleHashes = new Set(sample.map((f) => f.sha256));
    expect(heldout.filter((f) => sampleHashes.has(f.sha256)).map((f) => f.path)).toEqual([]);
  });
});
