/** `codeberta tokenizer-train`: which files of the corpus folder it reads, what it writes, how it refuses. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { tokenizerTrainCommand } from '../../cli/commands/tokenizerTrain.ts';
import { CliError } from '../../cli/errors.ts';
import { CodeTokenizer } from '../../src/core/tokenizer/index.ts';

let dir: string;
let stdout: string[];
let stderr: string[];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tokenizer-train-'));
  const corpus = join(dir, 'corpus');
  mkdirSync(join(corpus, 'python'), { recursive: true });
  mkdirSync(join(corpus, 'go', 'sub'), { recursive: true });
  writeFileSync(join(corpus, 'python', 'a.py'), 'def add(first, second):\n    return first + second\n'.repeat(30));
  writeFileSync(join(corpus, 'go', 'sub', 'b.go'), 'func main() {\r\n\tfmt.Println("hello")\r\n}\r\n'.repeat(30));
  // Each of these would add merges of its own if it were read ("zq…", "xj…", "kw…").
  writeFileSync(join(corpus, 'README.md'), 'zqzqzq '.repeat(200)); // top level: notes, not code
  writeFileSync(join(corpus, 'python', '.hidden.py'), 'xjxjxj '.repeat(200));
  writeFileSync(join(corpus, 'go', 'blob.bin'), Buffer.concat([Buffer.from('kwkwkw '.repeat(200)), Buffer.from([0, 1, 2])]));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function capture() {
  stdout = [];
  stderr = [];
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void stdout.push(args.join(' ')));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => (stderr.push(String(chunk)), true));
}
afterEach(() => vi.restoreAllMocks());

describe('codeberta tokenizer-train', () => {
  it('trains on the files in sub-folders and writes a loadable tokenizer folder', async () => {
    const out = join(dir, 'out');
    capture();
    expect(await tokenizerTrainCommand(['--corpus', join(dir, 'corpus'), '--vocab-size', '300', '--out', out])).toBe(0);
    expect(stderr.join('')).toMatch(/read 2 files .*skipped 1 hidden, 1 outside any language folder, 1 binary/);
    expect(stdout.join('\n')).toMatch(/wrote .*vocabulary 300 \(39 merges\)/);

    const read = (name: string) => readFileSync(join(out, name), 'utf8');
    const tok = CodeTokenizer.fromFiles({ tokenizerJson: read('tokenizer.json'), tokenizerConfig: read('tokenizer_config.json'), specialTokensMap: read('special_tokens_map.json') });
    expect(tok.vocabSize).toBe(300);
    expect([tok.clsTokenId, tok.padTokenId, tok.sepTokenId, tok.unkTokenId, tok.maskTokenId]).toEqual([0, 1, 2, 3, 299]);
    const vocab = JSON.parse(read('vocab.json')) as Record<string, number>;
    for (const unread of ['zq', 'xj', 'kw']) expect(Object.keys(vocab).some((t) => t.includes(unread)), unread).toBe(false);
    // --newlines universal (default): CRLF became LF before counting, so no "\r" merge exists.
    expect(Object.keys(vocab).some((t) => t.length > 1 && t.includes('č'))).toBe(false);
    const python = readFileSync(join(dir, 'corpus', 'python', 'a.py'), 'utf8');
    expect(tok.decode(tok.encode(python).inputIds, { skipSpecialTokens: true, cleanUpTokenizationSpaces: false })).toBe(python);
    expect(JSON.parse(read('tokenizer_config.json')).model_max_length).toBe(512);
  });

  it('refuses bad arguments and an empty corpus with a user error', async () => {
    const corpus = join(dir, 'corpus');
    const out = join(dir, 'out2');
    await expect(tokenizerTrainCommand(['--vocab-size', '300', '--out', out])).rejects.toThrow(CliError);
    await expect(tokenizerTrainCommand(['--corpus', corpus, '--vocab-size', '260', '--out', out])).rejects.toThrow(/at least 261/);
    await expect(tokenizerTrainCommand(['--corpus', join(dir, 'nope'), '--vocab-size', '300', '--out', out])).rejects.toThrow(/does not exist/);
    const empty = join(dir, 'empty');
    mkdirSync(join(empty, 'python'), { recursive: true });
    writeFileSync(join(empty, 'notes.txt'), 'top-level only');
    await expect(tokenizerTrainCommand(['--corpus', empty, '--vocab-size', '300', '--out', out])).rejects.toThrow(/no usable text files/);
  });
});
