import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useDatasetStore } from '../state/datasetStore';
import { useModelStore } from '../state/modelStore';
import { NUMERIC_FIELDS, type FieldSpec, type FormValues } from '../state/trainForm';
import { isBusy, useTrainingStore } from '../state/trainingStore';
import { Card } from './Card';

/** Step 3: the recipe (the seed's ModelConfig defaults), validated field by field, and Start. */
export function TrainPanel() {
  const { form, errors, setField, resetForm, start, phase } = useTrainingStore(
    useShallow((s) => ({ form: s.form, errors: s.errors, setField: s.setField, resetForm: s.resetForm, start: s.start, phase: s.phase })),
  );
  const dataset = useDatasetStore((s) => s.summary);
  const datasetPhase = useDatasetStore((s) => s.phase);
  const model = useModelStore((s) => s.summary);
  const backendReady = useTrainingStore((s) => s.backend.phase === 'ready');
  const defaultsSource = useTrainingStore((s) => s.defaultsSource);
  const [advanced, setAdvanced] = useState(false);
  const busy = isBusy(phase);
  const invalid = Object.keys(errors).length > 0;

  const blocker = !backendReady
    ? 'Waiting for TensorFlow.js…'
    : datasetPhase !== 'ready' || !dataset
      ? 'Choose a dataset folder first.'
      : dataset.errors.length > 0
        ? 'Fix the dataset errors first.'
        : !model
          ? 'Choose a base model first.'
          : invalid
            ? 'Fix the highlighted settings.'
            : null;

  const fields = NUMERIC_FIELDS.filter((f) => advanced || !f.advanced);
  return (
    <Card
      title="Train"
      step={3}
      actions={
        <button type="button" className="link-button" onClick={resetForm} disabled={busy}>
          Reset to defaults
        </button>
      }
    >
      <form
        className="train-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void start();
        }}
      >
        <p className="muted small train-defaults" data-testid="train-defaults">
          {defaultsSource ? `Defaults: the settings recommended for ${defaultsSource}.` : "Defaults: the original recipe's ModelConfig."}
        </p>
        <fieldset disabled={busy} className="form-grid">
          {fields.map((f) => (
            <NumberField key={f.name} spec={f} value={form[f.name]} error={errors[f.name]} onChange={(v) => setField(f.name, v)} />
          ))}
          {advanced && (
            <>
              <label className="field">
                <span className="field-label">Mixed precision</span>
                <select
                  className="input"
                  value={form.mixed_precision}
                  onChange={(e) => setField('mixed_precision', e.target.value as FormValues['mixed_precision'])}
                  data-field="mixed_precision"
                >
                  <option value="auto">Auto (on for WebGPU)</option>
                  <option value="on">fp16 + loss scaling</option>
                  <option value="off">Off (fp32)</option>
                </select>
                {errors.mixed_precision && <span className="field-error">{errors.mixed_precision}</span>}
              </label>
              <label className="field checkbox-field">
                <input
                  type="checkbox"
                  checked={form.length_bucketing}
                  onChange={(e) => setField('length_bucketing', e.target.checked)}
                  data-field="length_bucketing"
                />
                <span>Group files of similar length (less padding)</span>
              </label>
            </>
          )}
          <label className="field checkbox-field wide">
            <input type="checkbox" checked={form.freeze_base_model} onChange={(e) => setField('freeze_base_model', e.target.checked)} data-field="freeze_base_model" />
            <span>
              Freeze the base model except its last {form.unfreeze_last_n_layers || 'N'} layers (faster; the classifier always trains)
            </span>
          </label>
        </fieldset>
        <button type="button" className="link-button" onClick={() => setAdvanced(!advanced)} aria-expanded={advanced}>
          {advanced ? 'Fewer settings' : 'All settings (clipping, accumulation, mixed precision, seed…)'}
        </button>
        <div className="form-footer">
          <button type="submit" className="button primary large" disabled={busy || blocker !== null} data-testid="train-start">
            Start training
          </button>
          {blocker && !busy && <span className="muted small">{blocker}</span>}
        </div>
      </form>
    </Card>
  );
}

function NumberField({ spec, value, error, onChange }: { spec: FieldSpec; value: string; error?: string; onChange(v: string): void }) {
  return (
    <label className={`field ${error ? 'has-error' : ''}`} title={spec.help}>
      <span className="field-label">{spec.label}</span>
      <input
        className="input"
        type="number"
        inputMode="decimal"
        step={spec.step ?? '1'}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        data-field={spec.name}
      />
      {error ? <span className="field-error">{error}</span> : <span className="field-help">{spec.help}</span>}
    </label>
  );
}
