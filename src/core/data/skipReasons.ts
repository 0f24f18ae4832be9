/** Why a file of a dataset folder was not used. Codes are stable (UI, CLI summaries, tests). */
export type SkipReason =
  | 'hidden' // a dot-file or inside a dot-folder (.git, .DS_Store…)
  | 'root-level' // directly in the dataset root: it has no language folder
  | 'too-large' // over the size limit
  | 'empty' // zero bytes, or only whitespace
  | 'binary' // contains NUL bytes
  | 'invalid-utf8' // not decodable as UTF-8
  | 'utf-16' // UTF-16 text (a byte-order mark, or NULs between ASCII): text, but not in the encoding read
  | 'unreadable'; // the caller could not read it (permissions, vanished file…)

/** Short wording that reads both alone ("binary") and after a count ("3 binary"). */
export const SKIP_REASON_TEXT: Record<SkipReason, string> = {
  hidden: 'hidden',
  'root-level': 'outside any language folder',
  'too-large': 'over the size limit',
  empty: 'empty',
  binary: 'binary',
  'invalid-utf8': 'not UTF-8',
  'utf-16': 'UTF-16 (not UTF-8)',
  unreadable: 'unreadable',
};

export interface SkippedFile {
  /** Path below the dataset root, with forward slashes. */
  path: string;
  reason: SkipReason;
  /** Extra facts for the message, e.g. the size of a too-large file. */
  detail?: string;
}

/** "3 binary, 1 not UTF-8" — for summaries and warnings. */
export function describeSkipCounts(counts: Partial<Record<SkipReason, number>>): string {
  return (Object.keys(SKIP_REASON_TEXT) as SkipReason[])
    .filter((reason) => (counts[reason] ?? 0) > 0)
    .map((reason) => `${counts[reason]} ${SKIP_REASON_TEXT[reason]}`)
    .join(', ');
}
