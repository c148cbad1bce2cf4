/**
 * NHS.UK form fields for the submission forms, with error messages in the
 * NHS.UK pattern: the message above the control, "Error:" for screen readers,
 * and the control described by its hint and message.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

interface Base {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
}

const describedBy = (id: string, hint?: string, error?: string) => [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;

function Group({ id, label, hint, error, children, bold }: Base & { children: ComponentChildren; bold?: boolean }) {
  return (
    <div class={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <label class={`nhsuk-label${bold ? ' nhsuk-label--s' : ''}`} for={id}>{label}</label>
      {hint && <div class="nhsuk-hint" id={`${id}-hint`}>{hint}</div>}
      {error && <ErrorMessage id={id} error={error} />}
      {children}
    </div>
  );
}

function ErrorMessage({ id, error }: { id: string; error: string }) {
  return (
    <span class="nhsuk-error-message" id={`${id}-error`}>
      <span class="nhsuk-u-visually-hidden">Error:</span> {error}
    </span>
  );
}

// Class names written whole, so the build's unused-CSS step (src/build-time/unused-css.ts) keeps their rules.
const INPUT_WIDTHS = { '4': 'nhsuk-input--width-4', '20': 'nhsuk-input--width-20' } as const;

export function TextInput(props: Base & { value: string; onInput: (v: string) => void; type?: string; autocomplete?: string; width?: keyof typeof INPUT_WIDTHS; inputmode?: string; spellcheck?: boolean }) {
  const { id, value, onInput, error, hint, type = 'text', autocomplete, width, inputmode, spellcheck } = props;
  return (
    <Group {...props}>
      <input
        class={`nhsuk-input${width ? ` ${INPUT_WIDTHS[width]}` : ''}${error ? ' nhsuk-input--error' : ''}`}
        id={id}
        name={id}
        type={type}
        value={value}
        autocomplete={autocomplete ?? 'off'}
        inputMode={inputmode as 'numeric' | undefined}
        spellcheck={spellcheck}
        aria-describedby={describedBy(id, hint, error)}
        onInput={(e) => onInput((e.target as HTMLInputElement).value)}
      />
    </Group>
  );
}

export function TextArea(props: Base & { value: string; onInput: (v: string) => void; rows?: number }) {
  const { id, value, onInput, error, hint, rows = 4 } = props;
  return (
    <Group {...props}>
      <textarea
        class={`nhsuk-textarea${error ? ' nhsuk-textarea--error' : ''}`}
        id={id}
        name={id}
        rows={rows}
        value={value}
        aria-describedby={describedBy(id, hint, error)}
        onInput={(e) => onInput((e.target as HTMLTextAreaElement).value)}
      />
    </Group>
  );
}

export function Select(props: Base & { value: string; onChange: (v: string) => void; options: { value: string; label: string }[] }) {
  const { id, value, onChange, error, hint, options } = props;
  return (
    <Group {...props}>
      <select
        class={`nhsuk-select${error ? ' nhsuk-select--error' : ''}`}
        id={id}
        name={id}
        value={value}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(e) => onChange((e.target as HTMLSelectElement).value)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
    </Group>
  );
}

/** Radios or checkboxes in a fieldset. The first control carries `id`, so the error summary can link to it. */
export function Choices(props: Base & { kind: 'radio' | 'checkbox'; values: string[]; onChange: (v: string[]) => void; options: { value: string; label: string }[]; small?: boolean }) {
  const { id, label, hint, error, kind, values, onChange, options, small } = props;
  const cls = kind === 'radio' ? 'nhsuk-radios' : 'nhsuk-checkboxes';
  return (
    <div class={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <fieldset class="nhsuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{label}</legend>
        {hint && <div class="nhsuk-hint" id={`${id}-hint`}>{hint}</div>}
        {error && <ErrorMessage id={id} error={error} />}
        <div class={`${cls}${small ? ` ${cls}--small` : ''}`}>
          {options.map((o, i) => {
            const inputId = i === 0 ? id : `${id}-${o.value}`;
            const checked = values.includes(o.value);
            return (
              <div class={`${cls}__item`} key={o.value}>
                <input
                  class={`${cls}__input`}
                  id={inputId}
                  name={id}
                  type={kind}
                  value={o.value}
                  checked={checked}
                  onChange={() => onChange(kind === 'radio' ? [o.value] : checked ? values.filter((v) => v !== o.value) : [...values, o.value])}
                />
                <label class={`nhsuk-label ${cls}__label`} for={inputId}>{o.label}</label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

/**
 * The NHS.UK error summary: focused when it appears, each message a link that
 * moves focus to its field.
 */
export function ErrorSummary({ errors, order }: { errors: Record<string, string>; order: readonly { field: string; id: string }[] }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), [errors]);
  const listed = order.filter((o) => errors[o.field]);
  const go = (id: string) => (e: Event) => {
    e.preventDefault();
    const el = document.getElementById(id);
    el?.scrollIntoView({ block: 'center' });
    el?.focus();
  };
  return (
    <div class="nhsuk-error-summary" tabIndex={-1} ref={box} data-testid="error-summary">
      <div role="alert">
        <h2 class="nhsuk-error-summary__heading">There is a problem</h2>
        <div class="nhsuk-error-summary__body">
          <ul class="nhsuk-list nhsuk-error-summary__list">
            {listed.map((o) => (
              <li key={o.field}>
                <a href={`#${o.id}`} onClick={go(o.id)}>{errors[o.field]}</a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
