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
  if (config.hidden_size % config.num_attention_heads !== 0) {
    throw new Error(
      `config.json: hidden_size ${config.hidden_size} is not a multiple of num_attention_heads ${config.num_attention_heads}`,
    );
  }
  return config;
}

/** Labels in id order, from id2label; [] when the config has none (e.g. a masked-LM checkpoint). */
export function labelsOf(config: RobertaConfig): string[] {
  const id2label = config.id2label ?? {};
  const ids = Object.keys(id2label).map(Number).sort((a, b) => a - b);
  return ids.map((id) => id2label[String(id)]);
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
