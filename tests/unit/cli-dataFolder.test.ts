/**
 * The CLI's dataset walk on a real file system: symlinked language folders and files are followed, a symlink loop
 * is reported once (not walked forever), and a broken link or a FIFO is reported, never read (reading a FIFO with
 * no writer would hang).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataFolder } from '../../cli/dataFolder.ts';

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'codeberta-walk-'));
  const outside = mkdtempSync(join(tmpdir(), 'codeberta-outside-'));
  mkdirSync(join(dir, 'python'));
  mkdirSync(join(outside, 'go'));
  for (let i = 0; i < 5; i++) {
    writeFileSync(join(dir, 'python', `p${i}.py`), `x = ${i}\n`);
    writeFileSync(join(outside, 'go', `g${i}.go`), `package main // ${i}\n`);
  }
  symlinkSync(join(outside, 'go'), join(dir, 'go')); // a symlinked language folder
  symlinkSync(join(dir, 'python', 'p0.py'), join(dir, 'python', 'linked.py')); // a symlinked file
  symlinkSync(join(dir, 'python'), join(dir, 'python', 'loop')); // a folder that contains itself
  symlinkSync(join(dir, 'nowhere.py'), join(dir, 'python', 'broken.py'));
  execFileSync('mkfifo', [join(dir, 'python', 'pipe.py')]);
  return dir;
}

describe('readDataFolder on a real file system', () => {
  it('follows symlinks, reports loops, broken links and FIFOs without reading them', async () => {
    const data = await readDataFolder(folder(), () => undefined);
    expect(data.labels).toEqual(['go', 'python']);
    expect(data.labelCounts).toEqual([5, 6]); // python: 5 files + the symlinked one
    const skipped = Object.fromEntries(data.skipped.map((s) => [s.path, `${s.reason}: ${s.detail}`]));
    expect(skipped).toEqual({
      'python/broken.py': 'unreadable: broken symlink',
      'python/loop': 'unreadable: symlink loop (a folder that contains itself), not followed',
      'python/pipe.py': 'unreadable: not a regular file (a FIFO, socket or device)',
    });
  }, 20_000);
});
