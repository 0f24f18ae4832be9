/**
 * Hugging Face model folders (what `save_pretrained` writes and `from_pretrained` reads): config.json,
 * weights (model.safetensors preferred, else pytorch_model.bin, sharded or not) and tokenizer files.
 */
import type { HostTensor, StateDict } from './types.ts';
import { looksLikeUtf16 } from '../data/decodeText.ts';
import type { FileSource } from './fileSource.ts';
import { readStateDict, toFloat32 } from './stateDict.ts';
import { writeSafetensors } from './safetensors.ts';
import { toPythonJson } from './pythonJson.ts';

export interface TokenizerFiles {
  tokenizerJson?: string;
  vocabJson?: string;
  mergesTxt?: string;
  tokenizerConfig?: string;
  specialTokensMap?: string;
}

export const TOKENIZER_FILE_NAMES: Readonly<Record<keyof TokenizerFiles, string>> = {
  tokenizerJson: 'tokenizer.json',
  vocabJson: 'vocab.json',
  mergesTxt: 'merges.txt',
  tokenizerConfig: 'tokenizer_config.json',
  specialTokensMap: 'special_tokens_map.json',
};

export interface HfFolder {
  config: Record<string, unknown>;
  stateDict: StateDict;
  /** The weights file that was read (an `*.index.json` for sharded checkpoints). */
  weightsFile: string;
  tokenizerFiles: TokenizerFiles;
}

export interface FolderProgress {
  file: string;
  loaded: number;
  total?: number;
}

/** Tried in this order, as transformers does: safetensors first, then torch pickles. */
export const WEIGHTS_FILES = ['model.safetensors', 'model.safetensors.index.json', 'pytorch_model.bin', 'pytorch_model.bin.index.json'];

/** A folder's text file as UTF-8; a UTF-16 one is refused by name (decoded as UTF-8 it is NULs and garbage). */
function decodeText(bytes: Uint8Array, file: string, label: string): string {
  if (looksLikeUtf16(bytes)) throw new Error(`${file} in ${label} is UTF-16 text: save it as UTF-8`);
  return new TextDecoder().decode(bytes);
}

function parseJsonFile(text: string, file: string, label: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    // The parser's message quotes the text; control characters (a binary file) are shown escaped, never raw.
    const message = (e as Error).message.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    throw new Error(`${file} in ${label} is not valid JSON (${message.slice(0, 200)})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`${file} in ${label} is not a JSON object`);
  }
  return value as Record<string, unknown>;
}

/** Reads config, weights and tokenizer files from any FileSource. */
export async function loadHfFolder(source: FileSource, onProgress?: (p: FolderProgress) => void): Promise<HfFolder> {
  const read = (file: string) => source.read(file, onProgress && ((loaded, total) => onProgress({ file, loaded, total })));

  const configBytes = await read('config.json');
  if (!configBytes) throw new Error(`${source.label} has no config.json: not a Hugging Face model folder`);
  const config = parseJsonFile(decodeText(configBytes, 'config.json', source.label), 'config.json', source.label);

  let found: { weightsFile: string; stateDict: StateDict } | undefined;
  for (const file of WEIGHTS_FILES) {
    const bytes = await read(file);
    if (!bytes) continue;
    const stateDict = file.endsWith('.index.json')
      ? await readShards(source, parseJsonFile(decodeText(bytes, file, source.label), file, source.label), file, read)
      : readStateDict(bytes, file);
    found = { weightsFile: file, stateDict };
    break;
  }
  if (!found) throw new Error(`${source.label} has no weights: none of ${WEIGHTS_FILES.join(', ')}`);

  const tokenizerFiles: TokenizerFiles = {};
  const texts = await Promise.all(Object.values(TOKENIZER_FILE_NAMES).map((file) => read(file)));
  (Object.keys(TOKENIZER_FILE_NAMES) as (keyof TokenizerFiles)[]).forEach((key, i) => {
    const bytes = texts[i];
    if (bytes) tokenizerFiles[key] = decodeText(bytes, TOKENIZER_FILE_NAMES[key], source.label);
  });
  return { config, ...found, tokenizerFiles };
}

/** A sharded checkpoint: `{weight_map: {tensor: shard file}}`; shards are read in order of first use. */
async function readShards(
  source: FileSource,
  index: Record<string, unknown>,
  indexFile: string,
  read: (file: string) => Promise<Uint8Array | null>,
): Promise<StateDict> {
  const weightMap = index.weight_map;
  if (typeof weightMap !== 'object' || weightMap === null) throw new Error(`${indexFile} has no weight_map`);
  const shards = [...new Set(Object.values(weightMap as Record<string, unknown>).map(String))];
  const stateDict: StateDict = new Map();
  for (const shard of shards) {
    if (shard.includes('/') || shard.includes('\\')) throw new Error(`${indexFile}: invalid shard name ${shard}`);
    const bytes = await read(shard);
    if (!bytes) throw new Error(`${source.label} lacks ${shard}, listed in ${indexFile}`);
    for (const [name, t] of readStateDict(bytes, shard)) stateDict.set(name, t);
  }
  for (const name of Object.keys(weightMap)) {
    if (!stateDict.has(name)) throw new Error(`${indexFile} lists ${name} but no shard holds it`);
  }
  return stateDict;
}

/** TokenizerFiles keyed by their file names, as `writeHfFolder` takes them. */
export function tokenizerFilesByName(files: TokenizerFiles): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, name] of Object.entries(TOKENIZER_FILE_NAMES)) {
    const text = files[key as keyof TokenizerFiles];
    if (text !== undefined) out[name] = text;
  }
  return out;
}

const asFloat32 = (t: HostTensor): HostTensor =>
  t.dtype === 'F32' || !['F64', 'F16', 'BF16'].includes(t.dtype) ? t : { dtype: 'F32', shape: t.shape, data: toFloat32(t) };

export interface HfFolderContents {
  config: Record<string, unknown>;
  stateDict: StateDict;
  /** File name → text, e.g. {"tokenizer.json": …, "vocab.json": …, "merges.txt": …}. */
  tokenizerFiles: Record<string, string>;
}

/**
 * The files of a `save_pretrained`-style folder: config.json as transformers writes it (sorted keys,
 * indent 2), model.safetensors with float tensors as F32 and `__metadata__ {"format":"pt"}` (which
 * transformers requires), and the tokenizer files.
 */
export function writeHfFolder({ config, stateDict, tokenizerFiles }: HfFolderContents): Map<string, Uint8Array> {
  if (typeof config.model_type !== 'string') throw new Error('config needs a model_type (e.g. "roberta")');
  const f32: StateDict = new Map([...stateDict].map(([name, t]) => [name, asFloat32(t)]));
  const encoder = new TextEncoder();
  const files = new Map<string, Uint8Array>([
    ['config.json', encoder.encode(toPythonJson(config))],
    ['model.safetensors', writeSafetensors(f32)],
  ]);
  for (const [name, text] of Object.entries(tokenizerFiles)) {
    if (!/^[\w.-]+$/.test(name) || name.startsWith('.') || files.has(name)) {
      throw new Error(`"${name}" is not a valid tokenizer file name`);
    }
    files.set(name, encoder.encode(text));
  }
  return files;
}
