import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'vite';

/**
 * tfjs-backend-wasm fetches its `.wasm` binaries at run time by file name, which a bundler cannot see:
 * serve them from node_modules in dev and emit them next to the bundle in build, both under `/${urlDir}/`
 * (the app passes that prefix to `setWasmPaths`, see src/ui/tfjsWasmUrl.ts).
 */
export function tfjsWasmFiles(repoRoot: string, urlDir: string): Plugin {
  const sourceDir = path.join(repoRoot, 'node_modules/@tensorflow/tfjs-backend-wasm/dist');
  const wasmNames = async () => (await readdir(sourceDir)).filter((name) => name.endsWith('.wasm'));
  return {
    name: 'codeberta:tfjs-wasm-files',
    configureServer(server) {
      server.middlewares.use(`/${urlDir}/`, (req, res, next) => {
        const name = (req.url ?? '').replace(/^\//, '').split('?')[0];
        wasmNames()
          .then(async (names) => {
            if (!names.includes(name)) return next();
            res.setHeader('Content-Type', 'application/wasm');
            res.end(await readFile(path.join(sourceDir, name)));
          })
          .catch(next);
      });
    },
    async generateBundle() {
      for (const name of await wasmNames()) {
        this.emitFile({ type: 'asset', fileName: `${urlDir}/${name}`, source: await readFile(path.join(sourceDir, name)) });
      }
    },
  };
}
