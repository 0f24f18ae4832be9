/** A one-line progress bar on stderr for a terminal; plain log lines otherwise (CI, pipes). */
export class ProgressBar {
  private readonly tty = process.stderr.isTTY === true;
  private lastLineLength = 0;

  update(done: number, total: number, text: string): void {
    const width = 24;
    const filled = total > 0 ? Math.round((done / total) * width) : 0;
    const line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${text}`;
    if (this.tty) {
      process.stderr.write(`\r${line.padEnd(this.lastLineLength)}`);
      this.lastLineLength = line.length;
    } else {
      process.stderr.write(`${line}\n`);
    }
  }

  /** Ends the bar's line so the next output starts clean. */
  log(message: string): void {
    if (this.tty && this.lastLineLength > 0) process.stderr.write('\n');
    this.lastLineLength = 0;
    process.stderr.write(`${message}\n`);
  }
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h > 0 ? `${h}h${String(m).padStart(2, '0')}m` : m > 0 ? `${m}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}
