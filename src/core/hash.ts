/**
 * 32-bit FNV-1a over the UTF-16 code units of `texts`, in order (as one stream). For fingerprints and
 * deterministic choices (which data a checkpoint was made on, which file is held out), not for security.
 */
export function fnv1a32(texts: Iterable<string>): number {
  let h = 0x811c9dc5;
  for (const text of texts) {
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  }
  return h;
}
