import { useId, type ReactNode } from 'react';
import { useI18n } from '../i18n';

/** Form controls that always carry a visible label, a required mark and an optional hint. */
interface Common {
  label: string;
  name: string;
  required?: boolean;
  hint?: ReactNode;
  /** Filters are all optional: there the "optional" mark is noise. */
  quiet?: boolean;
}

function Label({ id, label, required, quiet }: { id: string; label: string; required?: boolean; quiet?: boolean }) {
  const { m } = useI18n();
  return (
    <label htmlFor={id}>
      {label}
      {required && <span className="required" aria-hidden="true"> *</span>}
      {!required && !quiet && <span className="optional"> ({m.optional})</span>}
    </label>
  );
}

export function TextField(props: Common & {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'tel' | 'datetime-local' | 'search' | 'password';
  autoComplete?: string;
  autoFocus?: boolean;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className="field">
      <Label id={id} label={props.label} required={props.required} quiet={props.quiet} />
      <input id={id} name={props.name} type={props.type ?? 'text'} value={props.value} required={props.required}
        autoComplete={props.autoComplete ?? 'off'} autoFocus={props.autoFocus}
        aria-describedby={props.hint ? hintId : undefined} onChange={(event) => props.onChange(event.target.value)} />
      {props.hint && <p id={hintId} className="hint">{props.hint}</p>}
    </div>
  );
}

export function TextArea(props: Common & { value: string; onChange: (value: string) => void; rows?: number }) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className="field">
      <Label id={id} label={props.label} required={props.required} quiet={props.quiet} />
      <textarea id={id} name={props.name} value={props.value} required={props.required} rows={props.rows ?? 3}
        aria-describedby={props.hint ? hintId : undefined} onChange={(event) => props.onChange(event.target.value)} />
      {props.hint && <p id={hintId} className="hint">{props.hint}</p>}
    </div>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function Select(props: Common & {
  value: string;
  onChange: (value: string) => void;
  options: Option[];
  /** The label of the empty choice; without it there is none. */
  placeholder?: string;
  disabled?: boolean;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className="field">
      <Label id={id} label={props.label} required={props.required} quiet={props.quiet} />
      <select id={id} name={props.name} value={props.value} required={props.required} disabled={props.disabled}
        aria-describedby={props.hint ? hintId : undefined} onChange={(event) => props.onChange(event.target.value)}>
        {props.placeholder !== undefined && <option value="">{props.placeholder}</option>}
        {props.options.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
      </select>
      {props.hint && <p id={hintId} className="hint">{props.hint}</p>}
    </div>
  );
}

/** Radio buttons in a fieldset: quick with the arrow keys. */
export function RadioGroup(props: Common & { value: string; onChange: (value: string) => void; options: Option[] }) {
  const id = useId();
  return (
    <fieldset className="field radios">
      <legend>{props.label}{props.required && <span className="required" aria-hidden="true"> *</span>}</legend>
      <div className="radio-row">
        {props.options.map((option) => (
          <label key={option.value} className="radio" htmlFor={`${id}-${option.value}`}>
            <input type="radio" id={`${id}-${option.value}`} name={props.name} value={option.value}
              checked={props.value === option.value} required={props.required}
              onChange={() => props.onChange(option.value)} />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Options from an enum and its labels, in the enum's order. */
export function optionsOf<T extends string>(values: readonly T[], labels: Record<T, string>): Option[] {
  return values.map((value) => ({ value, label: labels[value] }));
}
