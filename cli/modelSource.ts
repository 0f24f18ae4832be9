import { existsSync } from 'node:fs';
import type { FileSource } from '../src/core/checkpoint/fileSource.ts';
import { hubFileSource } from '../src/core/checkpoint/hub.ts';
import { CliError } from './errors.ts';
import { directoryFileSource } from './fsSource.ts';

/**
 * `--model` names a local folder, or else a Hugging Face hub id such as huggingface/CodeBERTa-small-v1
 * (resolved to https://huggingface.co/<id>/resolve/main/<file>; needs network).
 */
export function modelSource(model: string): FileSource {
  if (existsSync(model)) return directoryFileSource(model);
  // A hub id is "owner/name": never "./x", "../x", "/x" or "~/x", which can only mean a folder that is not there.
  if (/^[\w-][\w.-]*\/[\w.-]+$/.test(model)) return hubFileSource(model);
  throw new CliError(`no model folder ${model} (a Hugging Face hub id is owner/name, e.g. huggingface/CodeBERTa-small-v1)`);
}
