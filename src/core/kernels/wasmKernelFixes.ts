/**
 * Fixes of tfjs-wasm 4.22 kernels, registered when the wasm backend is set up (see each kernel's comment).
 */
import * as tf from '@tensorflow/tfjs-core';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';

/**
 * Three tfjs-wasm 4.22 kernels are far slower than they need to be; we register fixed versions when wasm is set up.
 *
 * Identity copies its input, and tfjs clones (Identity) every tensor it saves for a backward pass, so on wasm every
 * saved activation and every weight a layer saves was duplicated in the 4 GB heap. Tensors are immutable: sharing
 * the buffer with a reference count is what cpu and webgpu do, and what wasm's own Reshape does.
 *
 * Slice reads its whole input back (`readSync`, a copy of all of it) for every slice, so cutting a [Z, M, K]
 * tensor into Z pieces cost O(Z²·M·K). Contiguous slices (the leading-axis cuts the model's batched matmul makes)
 * now copy only the slice, from a view of the heap; other slices use the original kernel.
 *
 * GatherV2 moves one element at a time through generic stride arithmetic: the embedding lookup of a 32×128 batch
 * ([52000, 768] table) took ~110 ms. Gathering whole rows (axis 0, the embeddings' case) is one block copy per
 * index: under 5 ms.
 */
const SHARING_WASM_IDENTITY: tf.KernelConfig = {
  kernelName: tf.Identity,
  backendName: 'wasm',
  kernelFunc: ({ inputs, backend }) => {
    const x = (inputs as tf.IdentityInputs).x as tf.TensorInfo;
    (backend as tf.KernelBackend).incRef(x.dataId);
    return { dataId: x.dataId, shape: x.shape, dtype: x.dtype };
  },
};

/** Marker the model's matmul looks for before cutting batched products into slices (see model/matmul.ts). */
export const WASM_VIEW_SLICE = Symbol.for('codeberta.wasm.viewSlice');

function viewSliceKernel(original: tf.KernelConfig): tf.KernelConfig {
  return {
    kernelName: tf.Slice,
    backendName: 'wasm',
    [WASM_VIEW_SLICE]: true,
    kernelFunc: (args) => {
      const backend = args.backend as BackendWasm;
      const x = (args.inputs as tf.SliceInputs).x as tf.TensorInfo;
      const { begin, size } = args.attrs as unknown as tf.SliceAttrs;
      const [begin_, size_] = tf.slice_util.parseSliceParams(x as tf.Tensor, begin, size);
      if (x.dtype === 'string' || !tf.slice_util.isSliceContinous(x.shape, begin_, size_)) return original.kernelFunc(args);
      const out = backend.makeOutput(size_, x.dtype);
      // Views only after makeOutput: an allocation may grow (and so replace) the wasm heap.
      const offset = tf.slice_util.computeFlatOffset(begin_, tf.util.computeStrides(x.shape));
      const xValues = backend.typedArrayFromHeap(x as tf.Tensor);
      backend.typedArrayFromHeap(out as tf.Tensor).set(xValues.subarray(offset, offset + tf.util.sizeFromShape(size_)));
      return out;
    },
  } as tf.KernelConfig;
}

/** Marks our GatherV2, so that it is installed once. */
const WASM_ROW_GATHER = Symbol.for('codeberta.wasm.rowGather');

function rowGatherKernel(original: tf.KernelConfig): tf.KernelConfig {
  return {
    kernelName: tf.GatherV2,
    backendName: 'wasm',
    [WASM_ROW_GATHER]: true,
    kernelFunc: (args) => {
      const backend = args.backend as BackendWasm;
      const { x, indices } = args.inputs as { x: tf.TensorInfo; indices: tf.TensorInfo };
      const { axis, batchDims } = args.attrs as unknown as tf.GatherV2Attrs;
      const rowAxis = tf.util.parseAxisParam(axis, x.shape)[0] === 0 && (batchDims ?? 0) === 0;
      if (!rowAxis || x.dtype === 'string' || x.dtype === 'complex64' || indices.dtype !== 'int32') return original.kernelFunc(args);
      const rows = x.shape[0]!;
      const rowSize = tf.util.sizeFromShape(x.shape.slice(1));
      const out = backend.makeOutput([...indices.shape, ...x.shape.slice(1)], x.dtype);
      // Views only after makeOutput: an allocation may grow (and so replace) the wasm heap.
      const ids = backend.typedArrayFromHeap(indices as tf.Tensor) as Int32Array;
      const table = backend.typedArrayFromHeap(x as tf.Tensor);
      const target = backend.typedArrayFromHeap(out as tf.Tensor);
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i]!;
        if (!(id >= 0 && id < rows)) {
          backend.disposeData(out.dataId);
          throw new Error(`GatherV2: the index value ${id} is not in [0, ${rows - 1}]`); // tfjs's own message
        }
        target.set(table.subarray(id * rowSize, (id + 1) * rowSize), i * rowSize);
      }
      return out;
    },
  } as tf.KernelConfig;
}

export function installWasmKernelFixes(): void {
  const identity = tf.getKernel(tf.Identity, 'wasm');
  if (identity && identity !== SHARING_WASM_IDENTITY) {
    tf.unregisterKernel(tf.Identity, 'wasm');
    tf.registerKernel(SHARING_WASM_IDENTITY);
  }
  const slice = tf.getKernel(tf.Slice, 'wasm');
  if (slice && !(WASM_VIEW_SLICE in slice)) {
    tf.unregisterKernel(tf.Slice, 'wasm');
    tf.registerKernel(viewSliceKernel(slice));
  }
  const gather = tf.getKernel(tf.GatherV2, 'wasm');
  if (gather && !(WASM_ROW_GATHER in gather)) {
    tf.unregisterKernel(tf.GatherV2, 'wasm');
    tf.registerKernel(rowGatherKernel(gather));
  }
}

