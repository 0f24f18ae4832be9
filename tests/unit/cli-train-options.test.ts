/**
 * `codeberta train --max-tokens-per-pass N`: parsed into max_tokens_per_pass, validated with the config's
 * message before any file is read, and listed in --help. (End to end, with --resume: cli-train.test.ts.)
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { trainCommand, trainConfigFromArgs } from '../../cli/commands/train.ts';
import { CliError } from '../../cli/errors.ts';
import { DEFAULT_TRAIN_CONFIG, makeTrainConfig } from '../../src/core/train/trainConfig.ts';

const required = ['--data', 'no-such-data', '--model', 'no-such-model', '--out', 'no-such-out'];

afterEach(() => vi.restoreAllMocks());

describe('--max-tokens-per-pass', () => {
  it('defaults to 0 (auto) and maps to max_tokens_per_pass', () => {
    expect(DEFAULT_TRAIN_CONFIG.max_tokens_per_pass).toBe(0);
    expect(trainConfigFromArgs({})).not.toHaveProperty('max_tokens_per_pass');
    expect(trainConfigFromArgs({ 'max-tokens-per-pass': '2048' })).toEqual({ max_tokens_per_pass: 2048 });
    expect(makeTrainConfig(trainConfigFromArgs({ 'max-tokens-per-pass': '0' })).max_tokens_per_pass).toBe(0);
  });

  it('refuses what is not a whole number ≥ 0, before reading any file', async () => {
    expect(() => trainConfigFromArgs({ 'max-tokens-per-pass': 'lots' })).toThrow('--max-tokens-per-pass must be a number, not "lots"');
    for (const bad of ['-1', '1.5']) {
      expect(() => makeTrainConfig(trainConfigFromArgs({ 'max-tokens-per-pass': bad }))).toThrow(`max_tokens_per_pass must be an integer ≥ 0 (0 = auto) (got ${bad})`);
      // The whole command: the flag is registered (no parseArgs error) and the message is a CliError.
      const err = await trainCommand([...required, `--max-tokens-per-pass=${bad}`]).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(CliError);
      expect((err as Error).message).toContain('max_tokens_per_pass must be an integer ≥ 0');
    }
  });

  it('is documented in --help', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    expect(await trainCommand(['--help'])).toBe(0);
    expect(log.mock.calls[0]![0]).toMatch(/--max-tokens-per-pass N\s+memory budget/);
  });
});

describe('--balance-languages', () => {
  it('maps both ways to balance_languages, refuses both at once, is off in the seed recipe and documented', async () => {
    expect(trainConfigFromArgs({ 'balance-languages': true })).toEqual({ balance_languages: true });
    expect(trainConfigFromArgs({ 'no-balance-languages': true })).toEqual({ balance_languages: false });
    expect(() => trainConfigFromArgs({ 'balance-languages': true, 'no-balance-languages': true })).toThrow('contradict');
    expect(makeTrainConfig(trainConfigFromArgs({ 'seed-recipe': true })).balance_languages).toBe(false);
    expect(() => makeTrainConfig({ balance_languages: 'yes' as never })).toThrow('balance_languages must be true or false');
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    expect(await trainCommand(['--help'])).toBe(0);
    expect(log.mock.calls[0]![0]).toMatch(/--balance-languages \/ --no-balance-languages\s+every language the same share/);
  });
});
