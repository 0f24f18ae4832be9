import { execFileSync } from 'node:child_process';
import { defineConfig } from '@playwright/test';

/**
 * Browser tests run in the system's Chromium (Debian's `chromium` package): Playwright's own browser
 * downloads are not available offline. `npm run test:browser` (scripts/run-browser-tests.mjs) finds it and
 * picks free ports; running `npx playwright test` directly works too.
 */
export function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('Chromium not found: install it (apt-get install -y chromium) or set CHROMIUM_PATH');
  }
}

/** Flags for a headless run on a machine without network: they stop Chromium's background services from flooding it. */
export const CHROMIUM_OFFLINE_ARGS = [
  '--no-sandbox',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * The default flags: offline, and WebGPU through SwiftShader (a CPU Vulkan), so that `navigator.gpu.requestAdapter()`
 * gives an adapter and the webgpu backend runs for real (about 50–100× slower than wasm: tests keep its shapes tiny).
 * These also make the browser composite its frames with SwiftShader's GL on the CPU, which a machine without a GPU
 * does not do (it composites in software): frame timings are measured without them (studio-frames.build.spec.ts).
 */
export const CHROMIUM_ARGS = [
  ...CHROMIUM_OFFLINE_ARGS,
  '--enable-unsafe-webgpu',
  '--enable-features=Vulkan',
  '--use-vulkan=swiftshader',
  '--use-webgpu-adapter=swiftshader',
  '--use-angle=swiftshader',
];

const devPort = Number(process.env.CODEBERTA_DEV_PORT ?? 5193);
const previewPort = Number(process.env.CODEBERTA_PREVIEW_PORT ?? 4193);
const vite = 'node node_modules/vite/bin/vite.js';
// The production build the preview serves; under node_modules/.cache so that it never clobbers dist/.
const buildDir = 'node_modules/.cache/codeberta-browser-build';

export default defineConfig({
  testDir: 'tests/browser',
  outputDir: 'test-results/browser',
  // Two CPU cores, other test suites running beside: one browser at a time.
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  timeout: 180_000,
  expect: { timeout: 30_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/browser-results.json' }]],
  use: {
    headless: true,
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  projects: [
    // The dev server: the app and the test pages under tests/browser/pages (which read ../shared/fixtures).
    { name: 'dev', testIgnore: /\.build\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${devPort}` } },
    // The production build (vite build + vite preview): what users get, wasm files and workers included. Frame
    // timings are measured here only (*.build.spec.ts): the dev server runs React's development build.
    { name: 'build', testMatch: /smoke\.spec\.ts|\.build\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${previewPort}` } },
  ],
  webServer: [
    {
      command: `${vite} --host 127.0.0.1 --port ${devPort} --strictPort`,
      url: `http://127.0.0.1:${devPort}/`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
    },
    {
      command:
        `${vite} build --logLevel warn --outDir ${buildDir} --emptyOutDir && ` +
        `${vite} preview --host 127.0.0.1 --port ${previewPort} --strictPort --outDir ${buildDir}`,
      url: `http://127.0.0.1:${previewPort}/`,
      reuseExistingServer: false,
      timeout: 180_000,
      stdout: 'ignore',
    },
  ],
});
