/**
 * Path handling for dataset folders. The browser gives paths as `webkitRelativePath`
 * ("myfolder/python/a.py", always under the picked folder), the CLI gives paths relative to the folder
 * it was pointed at ("python/a.py", maybe with "\" on Windows). Both must end up as the same
 * root-relative "python/a.py", because splits are keyed on that path.
 */

/** Forward slashes, no leading "./" or "/", no empty or "." segments. */
export function splitPath(path: string): string[] {
  return path.split(/[\\/]+/).filter((segment) => segment !== '' && segment !== '.');
}

/** Dot-files and dot-folders (.git, .DS_Store, .venv…) and macOS zip debris are never source files. */
export function isHiddenSegment(segment: string): boolean {
  return segment.startsWith('.') || segment === '__MACOSX';
}

/**
 * The single top folder that wraps the language folders, or null when the paths are already relative
 * to the dataset root. A wrapper is assumed when every path starts with the same folder and something
 * lies in a folder below it: a dataset whose files all sit under one language folder could never be
 * valid (it has one language), so reading that folder as a wrapper is the better guess. Files directly
 * in the wrapper ("myfolder/README.md") don't prevent detection; they are skipped as root-level files.
 */
export function detectRootFolder(paths: Iterable<string>): string | null {
  let candidate: string | null = null;
  let hasNestedFolder = false;
  for (const path of paths) {
    const segments = splitPath(path);
    if (segments.length < 2) return null; // a file at the very top: there is no wrapper
    if (candidate === null) candidate = segments[0]!;
    else if (segments[0] !== candidate) return null;
    if (segments.length >= 3) hasNestedFolder = true;
  }
  return hasNestedFolder ? candidate : null;
}

/** Segments below `root` (null: no root to strip). Throws for a path outside the root: a caller bug. */
export function segmentsBelowRoot(path: string, root: string | null): string[] {
  const segments = splitPath(path);
  if (root === null) return segments;
  const rootSegments = splitPath(root);
  for (let i = 0; i < rootSegments.length; i++) {
    if (segments[i] !== rootSegments[i]) {
      throw new Error(`"${path}" is not inside the dataset root folder "${root}"`);
    }
  }
  return segments.slice(rootSegments.length);
}
