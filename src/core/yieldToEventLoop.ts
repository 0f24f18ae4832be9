/**
 * A macrotask break. Long loops of tfjs work (training steps) await only microtasks on wasm, where every read
 * resolves at once, so without it no timer, worker message (pause, stop) or process signal handler (Ctrl-C,
 * SIGTERM) would run until the loop ended.
 */
export const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
