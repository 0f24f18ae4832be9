import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // The numerics tests run real models on wasm/cpu: give them room, but keep each file isolated.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // As the CLI does (cli/nodeWasmThreads.ts): Node 20 has relaxed SIMD (the matmul's fused multiply-add) behind a flag.
    execArgv: ['--experimental-wasm-relaxed-simd'],
  },
});
