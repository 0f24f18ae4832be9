/**
 * The parameters of RobertaForSequenceClassification, in PyTorch `named_parameters()` order, with their
 * Hugging Face names and shapes and how each is initialised (HF `RobertaPreTrainedModel._init_weights`).
 * This is the single list that initialisation, loading, exporting and the optimizer's groups agree on.
 */
import type { RobertaConfig } from './config.ts';

export interface ParamSpec {
  /** HF state-dict name, e.g. `roberta.encoder.layer.0.attention.self.query.weight`. */
  name: string;
  /** Shape as Hugging Face stores it (nn.Linear weight is [out, in]). */
  hfShape: number[];
  /** `linear-weight`: stored internally transposed, as a kernel [in, out]; everything else is stored as-is. */
  layout: 'linear-weight' | 'as-is';
  /** HF init: Linear/Embedding weights normal(0, initializer_range), biases 0, LayerNorm weight 1 / bias 0. */
  init: 'normal' | 'zeros' | 'ones';
  /** nn.Embedding(padding_idx): this row is zeroed after the normal init. */
  zeroRow?: number;
}

const linearSpecs = (prefix: string, inFeatures: number, outFeatures: number): ParamSpec[] => [
  { name: `${prefix}.weight`, hfShape: [outFeatures, inFeatures], layout: 'linear-weight', init: 'normal' },
  { name: `${prefix}.bias`, hfShape: [outFeatures], layout: 'as-is', init: 'zeros' },
];

const layerNormSpecs = (prefix: string, hidden: number): ParamSpec[] => [
  { name: `${prefix}.weight`, hfShape: [hidden], layout: 'as-is', init: 'ones' },
  { name: `${prefix}.bias`, hfShape: [hidden], layout: 'as-is', init: 'zeros' },
];

/** Specs of the encoder (`roberta.*`) and the classification head (`classifier.*`), named_parameters() order. */
export function paramSpecs(config: RobertaConfig, numLabels: number): ParamSpec[] {
  const H = config.hidden_size;
  const pad = config.pad_token_id;
  const specs: ParamSpec[] = [
    { name: 'roberta.embeddings.word_embeddings.weight', hfShape: [config.vocab_size, H], layout: 'as-is', init: 'normal', zeroRow: pad },
    { name: 'roberta.embeddings.position_embeddings.weight', hfShape: [config.max_position_embeddings, H], layout: 'as-is', init: 'normal', zeroRow: pad },
    { name: 'roberta.embeddings.token_type_embeddings.weight', hfShape: [config.type_vocab_size, H], layout: 'as-is', init: 'normal' },
    ...layerNormSpecs('roberta.embeddings.LayerNorm', H),
  ];
  for (let l = 0; l < config.num_hidden_layers; l++) {
    const layer = `roberta.encoder.layer.${l}`;
    specs.push(
      ...linearSpecs(`${layer}.attention.self.query`, H, H),
      ...linearSpecs(`${layer}.attention.self.key`, H, H),
      ...linearSpecs(`${layer}.attention.self.value`, H, H),
      ...linearSpecs(`${layer}.attention.output.dense`, H, H),
      ...layerNormSpecs(`${layer}.attention.output.LayerNorm`, H),
      ...linearSpecs(`${layer}.intermediate.dense`, H, config.intermediate_size),
      ...linearSpecs(`${layer}.output.dense`, config.intermediate_size, H),
      ...layerNormSpecs(`${layer}.output.LayerNorm`, H),
    );
  }
  specs.push(...linearSpecs('classifier.dense', H, H), ...linearSpecs('classifier.out_proj', H, numLabels));
  return specs;
}

/** The internal (tfjs) shape of a parameter: linear weights become kernels [in, out]. */
export const internalShape = (spec: ParamSpec): number[] =>
  spec.layout === 'linear-weight' ? [spec.hfShape[1], spec.hfShape[0]] : spec.hfShape;
