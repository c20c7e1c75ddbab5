import { TextField } from '../../app/components/TextField.tsx'
import { moveItem } from '../builder/reorder.ts'
import type { FormField } from './forms-api.ts'

type Option = NonNullable<FormField['options']>[number]

/** The choices of a select field: what the visitor reads, and the value the lead records. */
export function OptionsEditor({
  fieldLabel,
  options,
  error,
  onChange,
  onStatus,
}: {
  fieldLabel: string
  options: Option[]
  error?: string
  onChange: (options: Option[]) => void
  onStatus: (message: string) => void
}) {
  const set = (index: number, patch: Partial<Option>) =>
    onChange(options.map((o, i) => (i === index ? { ...o, ...patch } : o)))
  const taken = options.map((o) => o.value)
  let next = options.length + 1
  while (taken.includes(`option_${next}`)) next++

  return (
    <fieldset className="field-group form-options">
      <legend>Choices of {fieldLabel}</legend>
      {error && <p className="field-error">{error}</p>}
      <ol className="form-options__list">
        {options.map((option, index) => (
          // Index keys: values are edited in place and may repeat while being typed.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <li key={index} className="form-options__item">
            <TextField
              label={`Choice ${index + 1}`}
              value={option.label}
              maxLength={120}
              onChange={(e) => set(index, { label: e.target.value })}
            />
            <TextField
              label={`Value recorded for choice ${index + 1}`}
              value={option.value}
              maxLength={80}
              onChange={(e) => set(index, { value: e.target.value })}
            />
            <div className="button-row">
              <button
                type="button"
                className="button button--quiet"
                aria-disabled={index === 0}
                onClick={() => {
                  if (index === 0) return
                  onChange(moveItem(options, index, index - 1))
                  onStatus(`Choice ${index + 1} moved up.`)
                }}
              >
                Move up<span className="visually-hidden"> choice {index + 1}</span>
              </button>
              <button
                type="button"
                className="button button--quiet"
                onClick={() => {
                  onChange(options.filter((_, i) => i !== index))
                  onStatus(`Choice ${index + 1} removed.`)
                }}
              >
                Remove<span className="visually-hidden"> choice {index + 1}</span>
              </button>
            </div>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button form-options__add"
        aria-disabled={options.length >= 50}
        onClick={() => {
          if (options.length >= 50) return onStatus('At most 50 choices.')
          onChange([...options, { value: `option_${next}`, label: `Option ${next}` }])
          onStatus(`Choice ${options.length + 1} added.`)
        }}
      >
        Add a choice<span className="visually-hidden"> to {fieldLabel}</span>
      </button>
    </fieldset>
  )
}
