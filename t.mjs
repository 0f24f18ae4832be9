import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// Node's Worker cannot load blob: URLs; tfjs-wasm's threaded build hands emscripten two Blobs (the pthread
// worker and the main script). Record string Blob parts and materialize them as files.
const dir = mkdtempSync(join(tmpdir(), 'tfjs-wasm-threads-'));
const NativeBlob = globalThis.Blob;
let mainScriptPath;
class RecordingBlob extends NativeBlob { constructor(parts, opts) { super(parts, opts); this.__text = parts.every((p) => typeof p === 'string') ? parts.join('') : undefined;
  if (this.__text?.startsWith('var WasmBackendModuleThreadedSimd')) { mainScriptPath = join(dir, 'main.cjs'); writeFileSync(mainScriptPath, "var require$$0 = require('fs'), require$$1 = require('path'), require$$3 = require('perf_hooks'), require$$4 = require('os'), commonjsGlobal = globalThis;\n" + this.__text); } } }
globalThis.Blob = RecordingBlob;
const nativeCreate = URL.createObjectURL;
let n = 0;
URL.createObjectURL = (blob) => { if (blob.__text === undefined) return nativeCreate(blob); const f = join(dir, `blob-${n++}.cjs`); writeFileSync(f, blob.__text.replace('if(typeof e.data.urlOrBlob=="string")', 'if(true)').replace('importScripts(e.data.urlOrBlob)', 'importScripts(' + JSON.stringify(mainScriptPath) + ')')); return f; };
URL.revokeObjectURL = () => {};
import os from 'node:os';
const realCpus = os.cpus;
os.cpus = () => { const c = realCpus(); return [...c, ...c]; }; // tfjs-wasm uses logical/2 threads
const tf = await import('@tensorflow/tfjs-core');
const wasm = await import('@tensorflow/tfjs-backend-wasm');
tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', true);
wasm.setThreadsCount(Number(process.env.NT||2));
await tf.setBackend('wasm'); await tf.ready();
os.cpus = realCpus; console.log(tf.getBackend(), wasm.getThreadsCount());
const a = tf.randomNormal([1024,768]); const b = tf.randomNormal([768,3072]);
for (let i=0;i<4;i++){ const t=performance.now(); const c = tf.matMul(a,b); await c.data(); console.log('mm', (performance.now()-t).toFixed(1)); c.dispose(); }
const x = tf.randomNormal([96,128,64]); const y = tf.randomNormal([96,64,128]);
for (let i=0;i<3;i++){ const t=performance.now(); const c = tf.matMul(x,y); await c.data(); console.log('bmm', (performance.now()-t).toFixed(1)); c.dispose(); }
for (let i=0;i<3;i++){ const t=performance.now(); const c = tf.add(a,a); await c.data(); console.log('add', (performance.now()-t).toFixed(1)); c.dispose(); }
process.exit(0);
