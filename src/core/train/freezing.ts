/**
 * Which parameters train: the seed's _setup_model_parameters. With freeze_base_model every `roberta.*` tensor
 * (embeddings included) is frozen, then the last `unfreeze_last_n_layers` encoder layers are unfrozen; the
 * classifier head always trains. Frozen tensors get no gradient computation and no optimizer state.
 */
export function trainablePredicate(opts: {
  freezeBaseModel: boolean;
  unfreezeLastNLayers: number;
  numHiddenLayers: number;
}): (name: string) => boolean {
  if (!opts.freezeBaseModel) return () => true;
  const firstUnfrozen = opts.numHiddenLayers - Math.min(opts.unfreezeLastNLayers, opts.numHiddenLayers);
  return (name) => {
    if (!name.startsWith('roberta.')) return true;
    const layer = /^roberta\.encoder\.layer\.(\d+)\./.exec(name);
    return layer !== null && Number(layer[1]) >= firstUnfrozen;
  };
}
