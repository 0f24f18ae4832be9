/**
 * The trainer's callbacks, turned into the page's TrainingEvents: step events batched (one message at most every
 * FLUSH_MS, so a fast model never floods the page), checkpoints written to IndexedDB from here (the bytes never
 * cross to the page). Pause and stop arrive as ordinary messages: the trainer yields to the event loop between steps.
 */
import type { CheckpointEvent, StepEvent, TrainerEvents } from '../core/train/events.ts';
import type { Trainer } from '../core/train/trainer.ts';
import { type CheckpointMeta, type TrainingListener } from './protocol.ts';
import { isQuotaError, newId, readRun, saveCheckpoint, saveRun, type RunRecord } from './studioDb.ts';
import { yieldToEventLoop } from '../core/yieldToEventLoop.ts';

const FLUSH_MS = 400;

export interface RunContext {
  run: RunRecord;
  /** Epochs of the run (a resumed run keeps its own settings). */
  epochs: () => number;
  listener: TrainingListener;
  /** Called with a checkpoint the browser refused to store (quota): kept so that it can still be downloaded. */
  keepUnsaved(meta: CheckpointMeta, bytes: Uint8Array): void;
}

const formatMb = (bytes: number) => `${(bytes / 1e6).toFixed(bytes < 1e7 ? 1 : 0)} MB`;

export function trainerEvents(ctx: RunContext, trainer: () => Trainer | undefined): TrainerEvents & { flush(): void } {
  let pending: StepEvent[] = [];
  let testAccuracy: number | null = null; // onTest comes just before the final checkpoint
  let lastFlush = 0;
  const flush = () => {
    if (pending.length === 0) return;
    ctx.listener({ type: 'steps', steps: pending });
    pending = [];
    lastFlush = performance.now();
  };
  return {
    flush,
    onStep(e) {
      pending.push(e);
      if (performance.now() - lastFlush >= FLUSH_MS) flush();
    },
    onEpoch(e) {
      flush();
      ctx.listener({ type: 'epoch', epoch: e });
    },
    onTest(e) {
      flush();
      testAccuracy = e.accuracy;
      ctx.listener({ type: 'test', test: e });
    },
    async onCheckpoint(e: CheckpointEvent) {
      flush();
      const t = trainer();
      const meta: CheckpointMeta = {
        id: newId('ckpt'),
        runId: ctx.run.runId,
        createdAt: Date.now(),
        reason: e.reason,
        epoch: e.epoch,
        step: e.step,
        totalSteps: t?.totalSteps ?? e.step,
        epochs: ctx.epochs(),
        validationLoss: e.validationLoss,
        validationAccuracy: e.validationAccuracy,
        testAccuracy: e.reason === 'final' ? testAccuracy : null,
        labels: ctx.run.labels,
        sizeBytes: e.bytes.byteLength,
        title: ctx.run.title,
        finished: e.reason === 'final',
        hasTokenizer: ctx.run.tokenizerFiles !== undefined,
        hasDataset: ctx.run.encoded !== undefined,
      };
      try {
        // The run record may have been deleted with the run's last checkpoint meanwhile: write it back first.
        if (!(await readRun(ctx.run.runId))) await saveRun(ctx.run);
        await saveCheckpoint(meta, e.bytes);
      } catch (err) {
        ctx.keepUnsaved(meta, e.bytes);
        ctx.listener({ type: 'checkpoint-unsaved', meta, message: (err as Error).message });
        const what = `the ${e.reason === 'epoch' ? `epoch ${e.epoch}` : e.reason} checkpoint (${formatMb(e.bytes.byteLength)})`;
        throw new Error(
          isQuotaError(err)
            ? `browser storage is full, ${what} could not be stored. Download it, or delete old checkpoints`
            : `${what} could not be stored (${(err as Error).message})`,
        );
      }
      ctx.listener({ type: 'checkpoint', meta });
      await yieldToEventLoop();
    },
    onStatus(status) {
      flush();
      ctx.listener({ type: 'status', status });
    },
    onWarning(message) {
      ctx.listener({ type: 'warning', message });
    },
  };
}
