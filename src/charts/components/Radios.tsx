/** NHS.UK radios in a fieldset. */
export interface RadioOption {
  value: string;
  label: string;
  hint?: string;
}

export function Radios({
  legend,
  name,
  value,
  hint,
  options,
  onChange,
}: {
  legend: string;
  name: string;
  value: string | null;
  hint?: string | undefined;
  options: readonly RadioOption[];
  onChange: (value: string) => void;
}) {
  return (
    <div class="nhsuk-form-group">
      <fieldset class="nhsuk-fieldset" aria-describedby={hint ? `${name}-hint` : undefined}>
        <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{legend}</legend>
        {hint && (
          <div class="nhsuk-hint" id={`${name}-hint`}>
            {hint}
          </div>
        )}
        <div class="nhsuk-radios">
          {options.map((o) => (
            <div class="nhsuk-radios__item" key={o.value}>
              <input
                class="nhsuk-radios__input"
                id={`${name}-${o.value}`}
                name={name}
                type="radio"
                value={o.value}
                checked={value === o.value}
                aria-describedby={o.hint ? `${name}-${o.value}-hint` : undefined}
                onChange={() => onChange(o.value)}
              />
              <label class="nhsuk-label nhsuk-radios__label" for={`${name}-${o.value}`}>
                {o.label}
              </label>
              {o.hint && (
                <div class="nhsuk-hint nhsuk-radios__hint" id={`${name}-${o.value}-hint`}>
                  {o.hint}
                </div>
              )}
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
