/**
 * The redraw schedule behind useStaggered: `views` views of one changing value, each redrawn at most once per
 * `intervalMs`, view i at least `intervalMs·i/views` after the moment a value arrives, so that two views are never
 * redrawn in the same task. A view with a redraw already due keeps it (and shows the latest value then): a value that
 * changes faster than the interval never postpones a redraw, and the last value always arrives.
 */
export class StaggeredSchedule<T> {
  private latest: T | undefined;
  private readonly due: (ReturnType<typeof setTimeout> | undefined)[];
  /** The earliest time each view may redraw again. */
  private readonly nextAllowed: number[];

  constructor(
    private readonly views: number,
    private readonly intervalMs: number,
    private readonly show: (view: number, value: T) => void,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.due = Array<undefined>(views).fill(undefined);
    this.nextAllowed = Array<number>(views).fill(-Infinity);
  }

  push(value: T): void {
    this.latest = value;
    const now = this.now();
    for (let view = 0; view < this.views; view++) {
      if (this.due[view] !== undefined) continue;
      const at = Math.max(now + (this.intervalMs * view) / this.views, this.nextAllowed[view]!);
      this.due[view] = setTimeout(() => {
        this.due[view] = undefined;
        this.nextAllowed[view] = this.now() + this.intervalMs;
        this.show(view, this.latest as T);
      }, at - now);
    }
  }

  dispose(): void {
    for (const timer of this.due) if (timer !== undefined) clearTimeout(timer);
    this.due.fill(undefined);
  }
}
