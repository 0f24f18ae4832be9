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
