import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { tfjsWasmFiles } from './scripts/vite-plugins/tfjsWasmFiles.ts';
import { tfjsWasmThreadsFix } from './scripts/vite-plugins/tfjsWasmThreadsFix.ts';

const repoRoot = path.dirname(fileURLToPath(import.meta.url));

/**
 * Reference fixtures live beside the repository clone (`../shared/fixtures`), on developer machines and on CI.
 * The browser tests fetch them from the dev server through Vite's `/@fs/` route, which only serves folders
 * listed in `server.fs.allow`. CODEBERTA_FIXTURES overrides the location.
 */
const fixturesDir = path.resolve(repoRoot, process.env.CODEBERTA_FIXTURES ?? '../shared/fixtures');

/** Where the page finds the tfjs-wasm binaries: keep in step with `src/ui/tfjsWasmUrl.ts` (setWasmPaths). */
const WASM_URL_DIR = 'tfjs-wasm';

/**
 * Cross-origin isolation (COOP + COEP) makes SharedArrayBuffer available, which tfjs-wasm needs for its
 * multi-threaded build. Everything the app loads is same-origin, so `require-corp` costs nothing.
 */
const isolationHeaders = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

export default defineConfig({
  root: repoRoot,
  plugins: [react(), tfjsWasmFiles(repoRoot, WASM_URL_DIR), tfjsWasmThreadsFix()],
  define: {
    // Dev-only (the /@fs route does not exist in a build); used by the browser test pages.
    __FIXTURES_URL__: JSON.stringify(`/@fs${fixturesDir}/`),
  },
  server: {
    headers: isolationHeaders,
    fs: { allow: [repoRoot, fixturesDir] },
  },
  preview: { headers: isolationHeaders },
  // Workers are ES modules (`new Worker(new URL('./x.worker.ts', import.meta.url), { type: 'module' })`), and
  // tfjs-wasm inside a worker needs the same threads fix as on the page.
  worker: { format: 'es', plugins: () => [tfjsWasmThreadsFix()] },
  // tfjs (core + three backends) is most of the bundle and has no useful split point yet.
  build: { target: 'es2022', chunkSizeWarningLimit: 2048 },
  optimizeDeps: {
    // Scan the test pages too: a dependency first met while a test runs makes Vite re-optimise and reload the page.
    // The studio's workers too: their dependencies (tokenizers, fflate…) are not reachable from index.html's imports.
    entries: ['index.html', 'tests/browser/pages/*.html', 'src/workers/*.worker.ts'],
    // The wasm backend locates its binaries through setWasmPaths, so pre-bundling it is safe.
    include: [
      '@tensorflow/tfjs-core',
      // Imported dynamically by src/core/backend.ts; found late it would trigger a re-optimisation mid-test.
      '@tensorflow/tfjs-core/dist/register_all_gradients',
      '@tensorflow/tfjs-backend-cpu',
      '@tensorflow/tfjs-backend-wasm',
      '@tensorflow/tfjs-backend-webgpu',
    ],
  },
});
