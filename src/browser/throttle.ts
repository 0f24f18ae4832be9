/** How often progress crosses from a worker to the page, at most: often enough to look live, rarely enough to be free. */
export const PROGRESS_MS = 100;

/**
 * `report` at most every PROGRESS_MS, and always for a value `isLast` says is final (so the page sees 100%).
 */
export function throttled<T>(report: (value: T) => void, isLast: (value: T) => boolean): (value: T) => void {
  let last = -Infinity;
  return (value) => {
    const now = performance.now();
    if (isLast(value) || now - last >= PROGRESS_MS) {
      last = now;
      report(value);
    }
  };
}
