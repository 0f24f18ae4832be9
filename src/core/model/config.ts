/**
 * RobertaConfig: the one typed model configuration, with Hugging Face `config.json` field names
 * so that a config read from the hub and one written by us are the same object, losslessly.
 *
 * Defaults are CodeBERTa-small-v1's (huggingface/CodeBERTa-small-v1/config.json).
 */
export interface RobertaConfig {
  model_type: 'roberta';
  architectures?: string[];
  vocab_size: number; // 52000: byte-level BPE vocabulary
  hidden_size: number; // 768
  num_hidden_layers: number; // 6
  num_attention_heads: number; // 12 (head dim = hidden_size / heads = 64)
  intermediate_size: number; // 3072: FFN width
  hidden_act: 'gelu'; // exact erf GELU (not the tanh approximation)
  hidden_dropout_prob: number; // 0.1
  attention_probs_dropout_prob: number; // 0.1
  max_position_embeddings: number; // 514 = 512 tokens + padding_idx + 1 (RoBERTa offsets positions by pad+1)
  type_vocab_size: number; // 1
  initializer_range: number; // 0.02: std of the normal init
  layer_norm_eps: number; // 1e-5
  pad_token_id: number; // 1
  bos_token_id: number; // 0
  eos_token_id: number; // 2
  position_embedding_type?: 'absolute';
  classifier_dropout?: number | null; // null → hidden_dropout_prob
  id2label?: Record<string, string>; // keys are stringified ints, as in HF config.json
  label2id?: Record<string, number>;
  problem_type?: string | null;
  /** Any other field of the source config.json, kept so export is lossless. */
  [extra: string]: unknown;
}

export const CODEBERTA_SMALL_V1: RobertaConfig = {
  model_type: 'roberta',
  architectures: ['RobertaForMaskedLM'],
  vocab_size: 52000,
  hidden_size: 768,
  num_hidden_layers: 6,
  num_attention_heads: 12,
  intermediate_size: 3072,
  hidden_act: 'gelu',
  hidden_dropout_prob: 0.1,
  attention_probs_dropout_prob: 0.1,
  max_position_embeddings: 514,
  type_vocab_size: 1,
  initializer_range: 0.02,
  layer_norm_eps: 1e-5,
  pad_token_id: 1,
  bos_token_id: 0,
  eos_token_id: 2,
  position_embedding_type: 'absolute',
  classifier_dropout: null,
};

/** Parse a config.json object, filling CodeBERTa defaults for absent fields and checking the rest. */
export function parseRobertaConfig(json: Record<string, unknown>): RobertaConfig {
  const config = { ...CODEBERTA_SMALL_V1, architectures: undefined, ...json } as RobertaConfig;
  if (config.model_type !== 'roberta') {
    throw new Error(`config.json: model_type "${String(config.model_type)}" is not supported (expected "roberta")`);
  }
  if (config.hidden_act !== 'gelu') {
    throw new Error(`config.json: hidden_act "${String(config.hidden_act)}" is not supported (expected "gelu")`);
  }
  if ((config.position_embedding_type ?? 'absolute') !== 'absolute') {
    throw new Error(`config.json: position_embedding_type "${config.position_embedding_type}" is not supported`);
  }
  checkSizes(config);
  labelsOf(config); // refuses a malformed id2label now, not at the first prediction
  if (config.hidden_size % config.num_attention_heads !== 0) {
    throw new Error(
      `config.json: hidden_size ${config.hidden_size} is not a multiple of num_attention_heads ${config.num_attention_heads}`,
    );
  }
  return config;
}

/**
 * Sizes a config.json may declare, checked before anything is allocated: a config claiming 100,000 layers or a
 * hidden size of 1e8 must be refused with a message, not followed until memory runs out. The bounds are far above
 * any RoBERTa this runtime can train (CodeBERTa-small: 6 layers, 768, 52,000), and the total is bounded too.
 */
const SIZE_LIMITS: [keyof RobertaConfig, number, number][] = [
  ['vocab_size', 1, 1_000_000],
  ['hidden_size', 1, 8192],
  ['num_hidden_layers', 1, 128],
  ['num_attention_heads', 1, 256],
  ['intermediate_size', 1, 65_536],
  ['max_position_embeddings', 3, 65_536],
  ['type_vocab_size', 1, 1024],
];
/** float32 weights this runtime can hold with AdamW's two moments in a 4 GB wasm heap, roughly. */
export const MAX_PARAMETERS = 300_000_000;

function checkSizes(config: RobertaConfig): void {
  for (const [field, min, max] of SIZE_LIMITS) {
    const v = config[field];
    if (typeof v !== 'number') throw new Error(`config.json: ${field} must be a number, got ${JSON.stringify(v)} (a ${typeof v})`);
    if (!Number.isInteger(v) || v < min || v > max) throw new Error(`config.json: ${field} must be an integer in [${min}, ${max}], got ${v}`);
  }
  for (const field of ['pad_token_id', 'bos_token_id', 'eos_token_id'] as const) {
    const v = config[field];
    if (!Number.isInteger(v) || v < 0 || v >= config.vocab_size) {
      throw new Error(`config.json: ${field} must be a token id in [0, vocab_size ${config.vocab_size}), got ${JSON.stringify(v)}`);
    }
  }
  if (config.max_position_embeddings <= config.pad_token_id + 1) {
    throw new Error(`config.json: max_position_embeddings ${config.max_position_embeddings} leaves no position after padding_idx ${config.pad_token_id}`);
  }
  for (const field of ['hidden_dropout_prob', 'attention_probs_dropout_prob', 'layer_norm_eps', 'initializer_range'] as const) {
    const v = config[field];
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw new Error(`config.json: ${field} must be a non-negative number, got ${JSON.stringify(v)}`);
  }
  const { vocab_size: V, hidden_size: H, num_hidden_layers: L, intermediate_size: I, max_position_embeddings: P } = config;
  const parameters = (V + P + config.type_vocab_size) * H + L * (4 * H * H + 2 * H * I);
  if (parameters > MAX_PARAMETERS) {
    throw new Error(`config.json describes ${(parameters / 1e6).toFixed(0)} M parameters; this runtime holds at most ${MAX_PARAMETERS / 1e6} M`);
  }
}

/**
 * Labels in id order, from id2label; [] when the config has none (e.g. a masked-LM checkpoint). The ids must be
 * exactly 0 … n−1 and the labels distinct strings: anything else would attach probabilities to the wrong names.
 */
export function labelsOf(config: RobertaConfig): string[] {
  const id2label = config.id2label ?? {};
  if (typeof id2label !== 'object' || id2label === null || Array.isArray(id2label)) {
    throw new Error('config.json: id2label must be an object {"0": "label", …}');
  }
  const keys = Object.keys(id2label);
  const labels: string[] = [];
  for (let id = 0; id < keys.length; id++) {
    const label = Object.hasOwn(id2label, String(id)) ? id2label[String(id)] : undefined;
    if (label === undefined) {
      throw new Error(`config.json: id2label must have the ids 0 … ${keys.length - 1}; it has ${keys.slice(0, 8).map((k) => JSON.stringify(k)).join(', ')}${keys.length > 8 ? ', …' : ''}`);
    }
    if (typeof label !== 'string') throw new Error(`config.json: id2label["${id}"] must be a string, got ${JSON.stringify(label)}`);
    labels.push(label);
  }
  const duplicate = labels.find((l, i) => labels.indexOf(l) !== i);
  if (duplicate !== undefined) throw new Error(`config.json: id2label names "${duplicate}" twice`);
  return labels;
}

/** A config for a classifier over `labels` (id2label/label2id set, architectures updated). */
export function withLabels(config: RobertaConfig, labels: readonly string[]): RobertaConfig {
  return {
    ...config,
    architectures: ['RobertaForSequenceClassification'],
    id2label: Object.fromEntries(labels.map((label, i) => [String(i), label])),
    label2id: Object.fromEntries(labels.map((label, i) => [label, i])),
  };
}

export const headDim = (config: RobertaConfig) => config.hidden_size / config.num_attention_heads;
