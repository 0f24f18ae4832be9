import type { Plugin } from 'vite';

/**
 * Makes tfjs-wasm's multi-threaded build survive minification.
 *
 * tfjs starts its pthread workers from `new Blob(['var WasmBackendModuleThreadedSimd = ' + factory.toString()])`:
 * the emscripten factory function is re-evaluated, alone, inside each worker. Its only free variable is
 * `_scriptDir` (declared in the enclosing IIFE, read as `typeof _scriptDir !== "undefined" && _scriptDir`).
 * A minifier renames it and, seeing it declared, drops the `typeof` guard, so every worker dies with
 * "ReferenceError: e is not defined" and `tf.setBackend('wasm')` never resolves (dev is unaffected: no
 * minification). Declaring `_scriptDir` inside the factory leaves no free variable. It is unused here anyway:
 * `document.currentScript` is null in an ES module, and setWasmPaths / mainScriptUrlOrBlob locate every file.
 */
const FACTORY_START =
  'function(WasmBackendModuleThreadedSimd) {\n  WasmBackendModuleThreadedSimd = WasmBackendModuleThreadedSimd || {};\n';

export function tfjsWasmThreadsFix(): Plugin {
  return {
    name: 'codeberta:tfjs-wasm-threads-fix',
    apply: 'build',
    transform(code, id) {
      if (!/tfjs-backend-wasm-threaded-simd\.js(\?|$)/.test(id)) return undefined;
      const at = code.indexOf(FACTORY_START);
      // A tfjs upgrade that changes this file must be looked at again, not silently shipped broken.
      if (at < 0 || code.indexOf(FACTORY_START, at + 1) >= 0) {
        this.error(`tfjs-wasm threads fix: the factory prologue was not found exactly once in ${id}`);
      }
      const end = at + FACTORY_START.length;
      return { code: `${code.slice(0, end)}  var _scriptDir = undefined;\n${code.slice(end)}`, map: null };
    },
  };
}
