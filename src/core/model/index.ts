/** The RoBERTa sequence classifier in tfjs: public API. */
export * from './config.ts';
export { inferenceContext, trainingContext, type ForwardContext } from './context.ts';
export { paramSpecs, internalShape, type ParamSpec } from './paramSpecs.ts';
export {
  ParamStore,
  initParams,
  reinitParam,
  loadStateDict,
  exportStateDict,
  numLabelsOf,
  type RobertaModel,
  type LoadReport,
  type NormalSampler,
} from './params.ts';
export {
  forward,
  forwardHidden,
  crossEntropy,
  type ClassifierInputs,
  type ClassifierOutput,
  type HiddenOutput,
} from './sequenceClassifier.ts';
export { encoder, type EncoderOptions, type EncoderOutput } from './encoder.ts';
export { positionIdsFromInputIds } from './embeddings.ts';
export { attentionBias, FLOAT32_MIN } from './attention.ts';
export { attentionCore } from './attentionCore.ts';
export { matMul } from './matmul.ts';
export { linear, type LinearParams } from './linear.ts';
export { embedding } from './embedding.ts';
export { gelu } from './gelu.ts';
export { layerNorm, type LayerNormParams } from './layerNorm.ts';
export { dropout, dropoutMultiplier } from './dropout.ts';
