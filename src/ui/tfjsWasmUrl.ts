/**
 * URL prefix of the tfjs-wasm binaries (`tfjs-backend-wasm*.wasm`), for `setWasmPaths`.
 * vite.config.ts serves them there in dev and copies them there in build (its WASM_URL_DIR).
 * Absolute (from the site base) so that the same prefix works from a page and from a module worker.
 */
export const TFJS_WASM_URL = `${import.meta.env.BASE_URL}tfjs-wasm/`;
