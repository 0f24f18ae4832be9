import { codeLines, randomLinesView } from '../data/views.ts';
import type { WindowTokenizer } from '../data/windows.ts';
import { deriveSeed, Rng } from '../random.ts';

/**
 * Pretraining examples: every file's token stream (no special tokens) cut into blocks of `blockLength`
 * tokens, each wrapped as <s> … </s>. Files are kept apart (a block never spans two files), and a file's last
 * short remainder is kept when it holds at least a quarter block.
 */
export function tokenBlocks(
  streams: Iterable<ArrayLike<number>>,
  opts: { blockLength: number; bosId: number; eosId: number },
): Int32Array[] {
  const blocks: Int32Array[] = [];
  const n = opts.blockLength;
  for (const ids of streams) {
    for (let start = 0; start < ids.length; start += n) {
      const end = Math.min(ids.length, start + n);
      if (end - start < Math.max(1, Math.floor(n / 4)) && start > 0) break;
      const block = new Int32Array(end - start + 2);
      block[0] = opts.bosId;
      for (let i = start; i < end; i++) block[i - start + 1] = ids[i]!;
      block[block.length - 1] = opts.eosId;
      blocks.push(block);
    }
  }
  return blocks;
}

/**
 * Pretraining views (as fine-tuning reads them, data/views.ts): `viewsPerFile` runs of whole lines of log-uniform
 * length from anywhere in each file, each tokenized up to `blockLength` tokens and wrapped as <s> … </s>. Tiled blocks
 * start mid-line at fixed offsets and are all full length; views teach the encoder what a pasted snippet looks like
 * (a line start after <s>, a handful of lines, then </s>). Each is a pure function of (seed, view, path).
 */
export function viewBlocks(
  files: readonly { path: string; text: string }[],
  tokenizer: Pick<WindowTokenizer, 'encode'>,
  opts: { blockLength: number; bosId: number; eosId: number; viewsPerFile: number; seed: number },
): Int32Array[] {
  const blocks: Int32Array[] = [];
  for (const { path, text } of files) {
    const lines = codeLines(text);
    if (lines.starts.length === 0) continue;
    for (let v = 0; v < opts.viewsPerFile; v++) {
      const rng = Rng.fromSeed(deriveSeed(opts.seed, `pretrain-view/${v}/${path}`));
      const ids = tokenizer.encode(randomLinesView(text, rng, lines), { addSpecialTokens: false, truncation: true, maxLength: opts.blockLength }).inputIds;
      blocks.push(Int32Array.from([opts.bosId, ...ids, opts.eosId]));
    }
  }
  return blocks;
}
