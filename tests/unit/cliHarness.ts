/** Runs the `codeberta` command as a user does (a child process), for the CLI tests. */
import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

export const ROOT = resolve(__dirname, '../..');
export const FIXTURES = resolve(ROOT, '../shared/fixtures');

export async function codeberta(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)('node', [join(ROOT, 'bin/codeberta.js'), ...args], { cwd: ROOT, maxBuffer: 64 << 20 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** A clear message, not a stack trace. */
export const hasStackTrace = (stderr: string) => /\n\s+at /.test(stderr);
