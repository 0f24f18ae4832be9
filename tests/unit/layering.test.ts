/**
 * The layering rules (.dependency-cruiser.cjs, `npm run lint:deps`) are checked, not written: the repository passes,
 * and a planted tree with each kind of violation (core using Node, ui importing a worker's module, a worker imported
 * as a module, an import cycle) fails with every rule named.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const depcruise = (cwd: string, args: string[]) =>
  promisify(execFile)(process.execPath, [join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs'), ...args], { cwd }).then(
    (r) => ({ code: 0, out: r.stdout + r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
  );

describe('dependency lint', () => {
  it('passes on the repository', async () => {
    const r = await depcruise(ROOT, ['src', 'cli', '--config', '.dependency-cruiser.cjs']);
    expect(r.out).toContain('no dependency violations found');
    expect(r.code).toBe(0);
  }, 60_000);

  it('fails on each planted violation, naming its rule', async () => {
    const tree = mkdtempSync(join(tmpdir(), 'layering-'));
    const put = (path: string, text: string) => {
      mkdirSync(join(tree, path, '..'), { recursive: true });
      writeFileSync(join(tree, path), text);
    };
    put('tsconfig.json', '{}');
    put('src/core/usesNode.ts', "import { readFileSync } from 'node:fs';\nexport const f = readFileSync;\n");
    put('src/core/a.ts', "import { b } from './b';\nexport const a = () => b;\n");
    put('src/core/b.ts', "import { a } from './a';\nexport const b = () => a;\n");
    put('src/workers/run.worker.ts', 'export const api = 1;\n');
    put('src/browser/protocol.ts', 'export type Message = string;\n');
    put('src/ui/Panel.ts', "import { api } from '../workers/run.worker';\nexport const p = api;\n");
    const r = await depcruise(tree, ['src', '--config', join(ROOT, '.dependency-cruiser.cjs')]);
    expect(r.code).not.toBe(0);
    expect(r.out).toMatch(/core-without-node: src\/core\/usesNode\.ts → (node:)?fs/);
    expect(r.out).toMatch(/no-cycles: src\/core\/(a|b)\.ts/);
    expect(r.out).toMatch(/ui-not-workers: src\/ui\/Panel\.ts → src\/workers\/run\.worker\.ts/);
    expect(r.out).toMatch(/workers-only-via-comlink: src\/ui\/Panel\.ts → src\/workers\/run\.worker\.ts/);
  }, 60_000);
});
