/**
 * Node-only loader of the shared tiny-roberta fixtures (../shared/fixtures, or CODEBERTA_FIXTURES), for the
 * vitest suites. The browser parity page fetches the same files over HTTP instead.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readStateDict } from '../../src/core/checkpoint/stateDict.ts';
import type { StateDict } from '../../src/core/checkpoint/types.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES_DIR = path.resolve(repoRoot, process.env.CODEBERTA_FIXTURES ?? '../shared/fixtures');

export const fixturePath = (...parts: string[]) => path.join(FIXTURES_DIR, ...parts);

export function readJsonFixture<T = any>(...parts: string[]): T {
  return JSON.parse(readFileSync(fixturePath(...parts), 'utf8')) as T;
}

export function readWeightsFixture(...parts: string[]): StateDict {
  return readStateDict(new Uint8Array(readFileSync(fixturePath(...parts))), parts.join('/'));
}

/** tiny-roberta's reference.json, config.json and model.safetensors, as runModelParity takes them. */
export function tinyRobertaFixture() {
  return {
    reference: readJsonFixture('tiny-roberta', 'reference.json'),
    config: readJsonFixture('tiny-roberta', 'config.json'),
    weights: readWeightsFixture('tiny-roberta', 'model.safetensors'),
  };
}
