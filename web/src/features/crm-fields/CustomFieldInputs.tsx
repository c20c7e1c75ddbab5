import { useId } from 'react'
import type { CustomFieldValues } from '../../../../worker/modules/crm/contacts/contacts.tables.ts'
import type { CrmField } from '../../../../worker/modules/crm/fields/fields.schemas.ts'

export type { CustomFieldValues }
/** What the inputs need of a definition: the API's CrmField fits, as does anything shaped like it. */
export type CustomFieldDef = Pick<CrmField, 'key' | 'label' | 'type' | 'options' | 'required'>

type Value = CustomFieldValues[string]

interface Props {
  defs: readonly CustomFieldDef[]
  value: CustomFieldValues
  onChange: (value: CustomFieldValues) => void
  /**
   * Messages by field key; a problem+json `errors` path (`customFields.budget`) works too, so a
   * refused save can be passed straight through.
   */
  errors?: Record<string, string | undefined>
}

/** One labelled input per custom field, typed after its definition. */
export function CustomFieldInputs({ defs, value, onChange, errors = {} }: Props) {
  if (defs.length === 0) return null
  return (
    <div className="custom-fields">
      {defs.map((def) => (
        <CustomFieldInput
          key={def.key}
          def={def}
          value={value[def.key] ?? null}
          error={errors[def.key] ?? errors[`customFields.${def.key}`]}
          onChange={(next) => onChange({ ...value, [def.key]: next })}
        />
      ))}
    </div>
  )
}

function CustomFieldInput({
  def,
  value,
  error,
  onChange,
}: {
  def: CustomFieldDef
  value: Value
  error?: string
  onChange: (value: Value) => void
}) {
  const id = useId()
  if (def.type === 'multi_select')
    return <OptionChecks def={def} value={value} error={error} onChange={onChange} />
  const common = {
    id,
    required: def.required,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : undefined,
  } as const
  const text = value === null ? '' : Array.isArray(value) ? value.join(', ') : String(value)
  return (
    <div className="field">
      <label htmlFor={id}>
        {def.label}
        {def.required && <span className="muted"> (required)</span>}
      </label>
      {def.type === 'select' ? (
        <select {...common} value={text} onChange={(e) => onChange(e.target.value || null)}>
          <option value="">—</option>
          {def.options.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...common}
          type={
            def.type === 'number'
              ? 'number'
              : def.type === 'date'
                ? 'date'
                : def.type === 'url'
                  ? 'url'
                  : 'text'
          }
          step={def.type === 'number' ? 'any' : undefined}
          inputMode={def.type === 'number' ? 'decimal' : undefined}
          placeholder={def.type === 'url' ? 'https://' : undefined}
          dir="auto"
          value={text}
          onChange={(e) => onChange(parse(def, e.target.value))}
        />
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  )
}

function parse(def: CustomFieldDef, raw: string): Value {
  if (raw.trim() === '') return null
  if (def.type !== 'number') return raw
  const n = Number(raw)
  // An unfinished number stays text; the server names it if it is still wrong on save.
  return Number.isFinite(n) ? n : raw
}

function OptionChecks({
  def,
  value,
  error,
  onChange,
}: {
  def: CustomFieldDef
  value: Value
  error?: string
  onChange: (value: Value) => void
}) {
  const id = useId()
  const chosen = Array.isArray(value) ? value : []
  const toggle = (option: string, on: boolean) => {
    const next = def.options.filter((o) => (o === option ? on : chosen.includes(o)))
    onChange(next.length > 0 ? next : null)
  }
  return (
    <fieldset
      className="custom-fields__checks"
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend>
        {def.label}
        {def.required && <span className="muted"> (required)</span>}
      </legend>
      <ul className="plain-list">
        {def.options.map((option, i) => (
          <li key={option} className="checkbox">
            <input
              type="checkbox"
              id={`${id}-${i}`}
              checked={chosen.includes(option)}
              onChange={(e) => toggle(option, e.target.checked)}
            />
            <label htmlFor={`${id}-${i}`}>{option}</label>
          </li>
        ))}
      </ul>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  )
}
