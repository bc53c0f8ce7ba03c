/**
 * A labelled group of radio buttons, used for every one-of-several setting, so each is a real
 * fieldset with a legend (announced by screen readers) and arrow-key navigation for free.
 */
import type { ComponentChildren } from 'preact';

/** One option of a choice. */
export interface ChoiceOption<V extends string> {
  value: V;
  label: string;
  hint?: string;
  extra?: ComponentChildren;
}

/** Props of Choice. */
export interface ChoiceProps<V extends string> {
  name: string;
  legend: string;
  value: V;
  options: readonly ChoiceOption<V>[];
  onChange: (value: V) => void;
}

/** The radio group. */
export function Choice<V extends string>({ name, legend, value, options, onChange }: ChoiceProps<V>) {
  return (
    <fieldset class="choice">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} class="option">
          <input type="radio" name={name} value={option.value} checked={value === option.value} onChange={() => onChange(option.value)} />
          <span class="option-text">
            <span class="option-label">
              {option.label}
              {option.extra}
            </span>
            {option.hint && <span class="hint">{option.hint}</span>}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
