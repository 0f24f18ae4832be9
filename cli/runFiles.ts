/**
 * What every long-running command (train, pretrain) does with its checkpoint and the signals that end it: the
 * checkpoint is written so that the last good one is never lost, and Ctrl-C, SIGTERM (a timeout, `kill`) and SIGHUP
 * (a closing terminal) stop the run after its current step, with a checkpoint.
 */
import { open, rename } from 'node:fs/promises';
import type { ProgressBar } from './progress.ts';

/**
 * Writes a file atomically and durably: the bytes are fsynced before the rename, so neither a crash mid-write nor a
 * power cut right after leaves a truncated checkpoint where the last good one was.
 */
export async function writeAtomic(path: string, bytes: Uint8Array): Promise<void> {
  const file = await open(`${path}.tmp`, 'w');
  try {
    await file.writeFile(bytes);
    await file.sync();
  } finally {
    await file.close();
  }
  await rename(`${path}.tmp`, path);
}

const STOP_SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/**
 * Calls `stop` on the first stop signal (a second one, with the handlers removed, ends the process as usual);
 * returns the function that removes the handlers once the run is over.
 */
export function stopOnSignals(bar: ProgressBar, stop: () => void): () => void {
  const onSignal = (signal: NodeJS.Signals) => {
    bar.log(`${signal}: stopping after this step (checkpoint follows); send it again to abort`);
    release();
    stop();
  };
  const release = () => {
    for (const s of STOP_SIGNALS) process.off(s, onSignal);
  };
  for (const s of STOP_SIGNALS) process.on(s, onSignal);
  return release;
}
