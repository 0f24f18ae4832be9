/**
 * The training form's state (src/state/trainForm.ts): a config survives the round trip through the form's values,
 * booleans and selects included, and invalid text is reported on its field.
 */
import { describe, expect, it } from 'vitest';
import { configFromForm, FORM_DEFAULT, formFromConfig } from '../../src/state/trainForm.ts';
import { makeTrainConfig } from '../../src/core/train/trainConfig.ts';

describe('training form', () => {
  it('round-trips a config, balance_languages and the views included', () => {
    const config = makeTrainConfig({ model_name: 'm', balance_languages: false, train_views: 'head', epochs: 7, learning_rate: 3e-4, eval_views: ['l5'] });
    const back = configFromForm(formFromConfig(config), 'm');
    expect(back.errors).toEqual({});
    expect(back.config).toEqual(config);
    expect(FORM_DEFAULT.balance_languages).toBe(true);
  });

  it('names the field whose text is not a number', () => {
    const { errors } = configFromForm({ ...FORM_DEFAULT, epochs: 'many' }, 'm');
    expect(errors.epochs).toBe('epochs must be a number (got "many")');
  });
});
