import { existsSync } from 'node:fs';
import type { FileSource } from '../src/core/checkpoint/fileSource.ts';
import { hubFileSource } from '../src/core/checkpoint/hub.ts';
import { directoryFileSource } from './fsSource.ts';

/**
 * `--model` names a local folder, or else a Hugging Face hub id such as huggingface/CodeBERTa-small-v1
 * (resolved to https://huggingface.co/<id>/resolve/main/<file>; needs network).
 */
export function modelSource(model: string): FileSource {
  if (existsSync(model)) return directoryFileSource(model);
  if (/^[\w.-]+\/[\w.-]+$/.test(model)) return hubFileSource(model);
  return directoryFileSource(model); // reports "no config.json in <dir>" — the clearest message for a typo'd path
}
