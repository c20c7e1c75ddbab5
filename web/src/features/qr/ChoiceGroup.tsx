import { useId } from 'react'

/** A set of radio buttons drawn as one segmented control, with a visible legend. */
export function ChoiceGroup<T extends string>({
  legend,
  options,
  value,
  onChange,
  hint,
}: {
  legend: string
  options: readonly { value: T; label: string }[]
  value: T
  onChange: (value: T) => void
  hint?: string
}) {
  const name = useId()
  return (
    <fieldset className="qr-choice" aria-describedby={hint ? `${name}-hint` : undefined}>
      <legend>{legend}</legend>
      <div className="segmented qr-choice__options">
        {options.map((option) => (
          <label key={option.value} className="segmented__option">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            {option.label}
          </label>
        ))}
      </div>
      {hint && (
        <p id={`${name}-hint`} className="field-hint muted">
          {hint}
        </p>
      )}
    </fieldset>
  )
}
