// Getting package contents onto this machine without installing anything system-wide: Debian packages
// with `apt-get download` + `dpkg-deb -x`, npm packages with `npm pack` + `tar`. Everything is cached
// under the cache folder (downloads, then one extracted folder per package version), so re-runs are
// cheap and never touch the network again.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Downloads and unpacked packages (~700 MB, tens of thousands of files) live outside the repository:
 * shared by every checkout, never picked up by git or by Vite's file watcher.
 */
export const DEFAULT_CACHE_DIR = process.env.CODEBERTA_CORPUS_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'codeberta-corpus');

/** Exit code of the scripts when this machine cannot provide the sources (not Debian, no apt, offline). */
export const EXIT_UNAVAILABLE = 3;

export class UnavailableError extends Error {}

const hasCommand = (name) => spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;

function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20, ...options });
  if (result.error) throw result.error;
  return result;
}

let aptListsRefreshed = false;

/** Versions apt knows for a package, its candidate (the version `apt-get install` would pick) first. */
export function aptVersions(pkg) {
  requireDebian();
  const madison = run('apt-cache', ['madison', pkg]).stdout ?? '';
  const listed = madison.split('\n').map((l) => l.split('|')[1]?.trim()).filter(Boolean);
  const candidate = (run('apt-cache', ['policy', pkg]).stdout ?? '').match(/Candidate:\s*(\S+)/)?.[1];
  return [...new Set([...(candidate && candidate !== '(none)' ? [candidate] : []), ...listed])];
}

function requireDebian() {
  if (!hasCommand('apt-get') || !hasCommand('apt-cache') || !hasCommand('dpkg-deb')) {
    throw new UnavailableError('this needs a Debian machine (apt-get, apt-cache and dpkg-deb); none found');
  }
}

/** apt needs package lists to download; on a fresh machine they are empty until `apt-get update` (root only). */
function ensureAptKnows(pkg) {
  if (aptVersions(pkg).length > 0) return;
  if (!aptListsRefreshed && process.getuid?.() === 0) {
    console.error('corpus: apt does not know packages yet, running apt-get update');
    const r = run('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    aptListsRefreshed = true;
    if (r.status !== 0) throw new UnavailableError('apt-get update failed (offline?)');
    if (aptVersions(pkg).length > 0) return;
  }
  throw new UnavailableError(
    `apt knows no package "${pkg}"` + (process.getuid?.() === 0 ? '' : ' (run "apt-get update" as root first)'),
  );
}

/**
 * Downloads and extracts one Debian package version; returns { root, version }. `versions` are tried in
 * order (the pinned one first keeps results reproducible); null means apt's candidate, then any other.
 */
export function fetchDeb(cacheDir, pkg, versions = [null]) {
  const debRoot = (version) => join(cacheDir, 'pkg', `deb_${pkg}_${version}`.replace(/[^\w.+-]/g, '_'));
  // Already unpacked: no apt call at all (apt-cache takes about a second per call).
  const cached = versions.find((v) => v !== null && existsSync(join(debRoot(v), '.complete')));
  if (cached) return { root: debRoot(cached), version: cached };
  ensureAptKnows(pkg);
  const known = aptVersions(pkg);
  const wanted = versions.flatMap((v) => (v === null ? known : [v]));
  const tried = [];
  for (const version of [...new Set(wanted)]) {
    const root = debRoot(version);
    if (existsSync(join(root, '.complete'))) return { root, version };
    if (!known.includes(version)) {
      tried.push(`${version} (not in apt's lists)`);
      continue;
    }
    // One download folder per package version: the .deb in it is the one (its name encodes epochs oddly).
    const debDir = join(cacheDir, 'deb', `${pkg}_${version}`.replace(/[^\w.+-]/g, '_'));
    mkdirSync(debDir, { recursive: true });
    let deb = readdirSync(debDir).find((f) => f.endsWith('.deb'));
    if (!deb) {
      // apt drops privileges to _apt for downloads; a folder _apt cannot write makes it warn, harmlessly.
      const r = run('apt-get', ['download', '-qq', `${pkg}=${version}`], { cwd: debDir });
      deb = readdirSync(debDir).find((f) => f.endsWith('.deb'));
      if (r.status !== 0 || !deb) {
        tried.push(`${version} (${(r.stderr || r.stdout || 'no .deb').trim().split('\n').pop()})`);
        continue;
      }
    }
    extractInto(root, (tmp) => execFileSync('dpkg-deb', ['-x', join(debDir, deb), tmp]));
    return { root, version };
  }
  throw new UnavailableError(`cannot download Debian package ${pkg}: tried ${tried.join(', ') || 'nothing'}`);
}

/** Downloads and extracts an npm package (`name@version`); returns { root, version }. */
export function fetchNpm(cacheDir, spec) {
  const at = spec.lastIndexOf('@');
  const name = spec.slice(0, at);
  const version = spec.slice(at + 1);
  const root = join(cacheDir, 'pkg', `npm_${name}_${version}`.replace(/[^\w.+-]/g, '_'));
  if (existsSync(join(root, '.complete'))) return { root, version };
  if (!hasCommand('npm') || !hasCommand('tar')) throw new UnavailableError('this needs npm and tar');
  const tgzDir = join(cacheDir, 'npm');
  mkdirSync(tgzDir, { recursive: true });
  const r = run('npm', ['pack', spec, '--json', '--pack-destination', tgzDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0) throw new UnavailableError(`npm pack ${spec} failed: ${r.stderr.trim().split('\n').pop()}`);
  const [{ filename }] = JSON.parse(r.stdout);
  // npm tarballs hold one top folder ("package/" nearly always); strip it.
  extractInto(root, (tmp) => execFileSync('tar', ['xzf', join(tgzDir, filename.replace(/^@/, '').replace(/\//g, '-')), '-C', tmp, '--strip-components=1']));
  return { root, version };
}

/** Extract into a temporary sibling and rename at the end, so a crash or a parallel run never leaves half a folder. */
function extractInto(root, extract) {
  const tmp = `${root}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  extract(tmp);
  writeFileSync(join(tmp, '.complete'), '');
  rmSync(root, { recursive: true, force: true });
  renameSync(tmp, root);
}
