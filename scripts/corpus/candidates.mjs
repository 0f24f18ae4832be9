// From fetched packages to candidate files: walk each source's folder, check its licence, keep readable
// source text of the right size, and describe every file for the manifests.
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fetchDeb, fetchNpm } from './fetch.mjs';
import { ALWAYS_EXCLUDED, PERMISSIVE_LICENCES, SHELL_SHEBANG } from './sources.mjs';

export const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');
export const sha1 = (text) => createHash('sha1').update(text).digest('hex');

/** Lines longer than this mean generated or minified code, not something a person wrote. */
const MAX_LINE_CHARS = 1000;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Files below `dir` (sorted, symlinks skipped: Debian packages link into other packages). */
function* walk(dir, base = dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const stat = lstatSync(path);
    if (stat.isDirectory()) yield* walk(path, base);
    else if (stat.isFile()) yield relative(base, path).split(sep).join('/');
  }
}

/**
 * Licence of a Debian package from its DEP-5 copyright file: the License line of the paragraph whose
 * Files field lists `pattern` ("*" for the package as a whole).
 */
export function debianLicence(copyrightText, pattern) {
  for (const paragraph of copyrightText.split(/\n[ \t]*\n/)) {
    const files = paragraph.match(/^Files:((?:.*)(?:\n[ \t]+.*)*)/m);
    if (!files || !files[1].trim().split(/\s+/).includes(pattern)) continue;
    return paragraph.match(/^License:[ \t]*(.*)$/m)?.[1].trim() ?? null;
  }
  return null;
}

function checkDebianLicence(source, pkgRoot) {
  if (source.licenceFile) {
    const text = readFileSync(join(pkgRoot, source.licenceFile), 'utf8');
    if (!source.licencePattern.test(text)) throw new Error(`${source.name}: ${source.licenceFile} does not say ${source.licence}`);
    return;
  }
  const copyright = join(pkgRoot, 'usr/share/doc', source.from.deb, 'copyright');
  if (!existsSync(copyright)) throw new Error(`${source.name}: no ${copyright}`);
  const found = debianLicence(readFileSync(copyright, 'utf8'), source.licenceFiles);
  if (found !== source.debianLicence) {
    throw new Error(`${source.name}: copyright gives "${found}" for ${source.licenceFiles}, expected "${source.debianLicence}"`);
  }
}

/** The SPDX expression of package.json's `license` (or the old `licenses` array). */
function packageJsonLicence(pkg) {
  const l = pkg.license ?? pkg.licenses;
  if (typeof l === 'string') return l;
  if (Array.isArray(l)) return l.map((x) => x.type ?? x).join(' OR ');
  if (l && typeof l === 'object') return l.type ?? null;
  return null;
}

/** name, version and licence of the nearest package.json at or above `dir`, up to `top`. */
function nearestPackage(dir, top, cache) {
  if (cache.has(dir)) return cache.get(dir);
  const file = join(dir, 'package.json');
  let found = null;
  if (existsSync(file)) {
    const pkg = JSON.parse(readFileSync(file, 'utf8'));
    // Nested package.json files without a name ({"type": "module"}) only mark module kinds: keep looking.
    if (pkg.name) found = { name: pkg.name, version: pkg.version, licence: packageJsonLicence(pkg), dir };
  }
  if (!found && dir !== top && dir.startsWith(top)) found = nearestPackage(dirname(dir), top, cache);
  cache.set(dir, found);
  return found;
}

/** Why a file is not usable as corpus text (null: it is), and its text. */
export function checkText(bytes, { minBytes, maxBytes }) {
  if (bytes.length < minBytes) return { reason: 'too small' };
  if (bytes.length > maxBytes) return { reason: 'too large' };
  if (bytes.includes(0)) return { reason: 'binary' };
  let text;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { reason: 'not UTF-8' };
  }
  if (text.split('\n').some((line) => line.length > MAX_LINE_CHARS)) return { reason: 'generated or minified' };
  return { reason: null, text };
}

/**
 * Every usable file of every source, as { language, source, package, version, licence, originalPath, outPath,
 * sha256, size, bytes, licenceText (path of the licence/copyright file to ship with it, or null) }.
 * `skipped` counts the rest by reason.
 */
export function collectCandidates(sources, cacheDir, limits, log = () => {}) {
  const candidates = [];
  const skipped = {};
  const skip = (reason) => (skipped[reason] = (skipped[reason] ?? 0) + 1);
  for (const source of sources) {
    const isDeb = 'deb' in source.from;
    const fetched = isDeb ? fetchDeb(cacheDir, source.from.deb, [source.from.version, null]) : fetchNpm(cacheDir, source.from.npm);
    if (isDeb && fetched.version !== source.from.version) log(`warning: ${source.from.deb} ${source.from.version} is gone, using ${fetched.version}`);
    if (isDeb) checkDebianLicence(source, fetched.root);
    const root = join(fetched.root, source.root);
    const packageCache = new Map();
    let kept = 0;
    for (const rel of walk(root)) {
      if (ALWAYS_EXCLUDED.test(rel) || source.exclude?.test(rel)) continue;
      const byName = source.include?.test(rel) ?? false;
      if (!byName && !source.shebang) continue;
      const bytes = readFileSync(join(root, rel));
      if (!byName && !SHELL_SHEBANG.test(bytes.subarray(0, 100).toString('latin1'))) continue;
      let { package: pkgName, version, licence } = { package: source.from.deb, version: fetched.version, licence: source.licence };
      let licenceText = isDeb ? join(fetched.root, source.licenceFile ?? join('usr/share/doc', source.from.deb, 'copyright')) : null;
      if (!isDeb) {
        const pkg = nearestPackage(dirname(join(root, rel)), fetched.root, packageCache);
        ({ name: pkgName, version, licence } = pkg ?? { name: source.from.npm, version: fetched.version, licence: null });
        const licenceName = pkg && readdirSync(pkg.dir).find((n) => /^(licen[cs]e|copying)(\.|-|$)/i.test(n));
        licenceText = licenceName ? join(pkg.dir, licenceName) : null;
      }
      if (!PERMISSIVE_LICENCES.has(licence)) {
        skip(`licence ${licence}`);
        continue;
      }
      const { reason } = checkText(bytes, limits);
      if (reason) {
        skip(reason);
        continue;
      }
      const inPackage = join(source.root, rel).split(sep).join('/');
      candidates.push({
        language: source.language,
        source: source.name,
        package: isDeb ? `debian:${pkgName}` : `npm:${pkgName}`,
        version,
        licence,
        originalPath: isDeb ? `/${inPackage}` : `${source.from.npm.slice(0, source.from.npm.lastIndexOf('@'))}/${inPackage}`,
        // "@scope/" folders become "scope/": "@" has meanings in some URL routers (Vite's "/@fs/").
        outPath: `${source.language}/${source.name}/${rel.replace(/(^|\/)@/g, '$1')}`,
        sha256: sha256(bytes),
        size: bytes.length,
        bytes,
        licenceText,
      });
      kept++;
    }
    log(`${source.language.padEnd(10)} ${source.name.padEnd(22)} ${String(kept).padStart(5)} files`);
  }
  return { candidates, skipped };
}

/**
 * Deterministic "random" order: by sha1(seed:outPath), as the fixture's corpus was chosen. Adding or
 * removing one file never reshuffles the others, unlike a seeded shuffle.
 */
export function hashOrder(files, seed) {
  return files
    .map((f) => ({ f, key: sha1(`${seed}:${f.outPath}`) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ f }) => f);
}
