import { useState, type ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useDatasetStore } from '../state/datasetStore.ts';
import { useModelStore } from '../state/modelStore.ts';
import { NUMERIC_FIELDS, type FieldSpec } from '../state/trainForm.ts';
import { isBusy, useTrainingStore } from '../state/trainingStore.ts';
import { Card } from './Card.tsx';
import { EVAL_VIEWS, EVAL_VIEW_TEXT } from '../core/data/views.ts';

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
          {defaultsSource ? `Defaults: the settings recommended for ${defaultsSource}.` : "Defaults: the original recipe's ModelConfig, reading random runs of lines and splitting by project."}
        </p>
        <fieldset disabled={busy} className="form-grid">
          {fields.map((f) => (
            <NumberField key={f.name} spec={f} value={form[f.name]} error={errors[f.name]} onChange={(v) => setField(f.name, v)} />
          ))}
          <SelectField
            field="train_views"
            label="Training reads"
            title="What a training example reads of its file."
            value={form.train_views}
            options={{ 'random-lines': 'Random runs of lines (any length, anywhere)', head: 'File heads (the original recipe)' }}
            help={form.train_views === 'head' ? 'Only the first max-length tokens of each file.' : 'Drawn anew each epoch: the detector learns snippets and whole files.'}
            onChange={(v) => setField('train_views', v)}
          />
          <SelectField
            field="split_by"
            label="Split"
            title="How files are divided into training, validation and test."
            value={form.split_by}
            options={{ project: 'By project (sub-folders stay whole)', file: 'By file (the original recipe)' }}
            help={form.split_by === 'project' ? 'The test measures projects the model never saw.' : 'Files of one project may land on both sides.'}
            onChange={(v) => setField('split_by', v)}
          />
          {advanced && (
            <>
              <SelectField
                field="mixed_precision"
                label="Mixed precision"
                value={form.mixed_precision}
                options={{ auto: 'Auto (on for WebGPU)', on: 'fp16 + loss scaling', off: 'Off (fp32)' }}
                error={errors.mixed_precision}
                onChange={(v) => setField('mixed_precision', v)}
              />
              <fieldset className="field wide view-checkboxes" data-field="eval_views">
                <legend className="field-label">Evaluate on</legend>
                {EVAL_VIEWS.map((view) => (
                  <label key={view} className="checkbox-field">
                    <input
                      type="checkbox"
                      checked={form.eval_views.includes(view)}
                      onChange={(e) =>
                        setField('eval_views', EVAL_VIEWS.filter((v) => (v === view ? e.target.checked : form.eval_views.includes(v))))
                      }
                      data-view={view}
                    />
                    <span>{EVAL_VIEW_TEXT[view]}</span>
                  </label>
                ))}
                {errors.eval_views && <span className="field-error">{errors.eval_views}</span>}
              </fieldset>
              <CheckboxField field="length_bucketing" checked={form.length_bucketing} onChange={(v) => setField('length_bucketing', v)}>
                Group files of similar length (less padding)
              </CheckboxField>
            </>
          )}
          <CheckboxField field="balance_languages" wide checked={form.balance_languages} onChange={(v) => setField('balance_languages', v)}>
            Balance languages: each gets the same share of every epoch, however many files it has
          </CheckboxField>
          <CheckboxField field="freeze_base_model" wide checked={form.freeze_base_model} onChange={(v) => setField('freeze_base_model', v)}>
            Freeze the base model except its last {form.unfreeze_last_n_layers || 'N'} layers (faster; the classifier always trains)
          </CheckboxField>
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

/** A choice among fixed values (`options`: value → wording), with help or its error below. */
function CheckboxField(props: { field: string; checked: boolean; wide?: boolean; children: ReactNode; onChange(v: boolean): void }) {
  return (
    <label className={`field checkbox-field${props.wide ? ' wide' : ''}`}>
      <input type="checkbox" checked={props.checked} onChange={(e) => props.onChange(e.target.checked)} data-field={props.field} />
      <span>{props.children}</span>
    </label>
  );
}

function SelectField<V extends string>(props: {
  field: string;
  label: string;
  title?: string;
  value: V;
  options: Record<V, string>;
  help?: string;
  error?: string;
  onChange(v: V): void;
}) {
  return (
    <label className="field" title={props.title}>
      <span className="field-label">{props.label}</span>
      <select className="input" value={props.value} onChange={(e) => props.onChange(e.target.value as V)} data-field={props.field}>
        {(Object.entries(props.options) as [V, string][]).map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
      {props.error ? <span className="field-error">{props.error}</span> : props.help && <span className="field-help">{props.help}</span>}
    </label>
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
