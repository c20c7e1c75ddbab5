import { useState } from 'react'
import type { CrmCondition, FilterField } from './filter-fields.ts'
import { takesList } from './filter-fields.ts'

type Value = CrmCondition['value']

const text = (v: unknown) => (v === undefined || v === null ? '' : String(v))

/** The value input a condition needs: typed after its field and operator. */
export function ConditionValue({
  n,
  condition,
  field,
  onChange,
}: {
  n: number
  condition: CrmCondition
  field: FilterField | undefined
  onChange: (value: Value) => void
}) {
  const kind = field?.kind ?? 'text'
  const label = `Value, condition ${n}`
  if (kind === 'boolean')
    return (
      <select aria-label={label} value={text(condition.value)} onChange={(e) => onChange(e.target.value)}>
        <option value="true">Yes</option>
        <option value="false">No</option>
      </select>
    )
  const type = kind === 'number' ? 'number' : kind === 'date' ? 'date' : 'text'
  if (condition.op === 'between') {
    const [from, to] = Array.isArray(condition.value) ? condition.value : ['', '']
    return (
      <span className="filter-builder__range">
        <input
          type={type}
          aria-label={`From, condition ${n}`}
          value={text(from)}
          onChange={(e) => onChange([e.target.value, text(to)])}
        />
        <span aria-hidden="true">–</span>
        <input
          type={type}
          aria-label={`To, condition ${n}`}
          value={text(to)}
          onChange={(e) => onChange([text(from), e.target.value])}
        />
      </span>
    )
  }
  const choices = field?.choices
  if (takesList(condition.op)) {
    const chosen = Array.isArray(condition.value) ? condition.value.map(text) : []
    if (choices?.length)
      return (
        <fieldset className="filter-builder__choices">
          <legend className="visually-hidden">{label}</legend>
          {choices.map((c) => (
            <label key={c.value} className="checkbox">
              <input
                type="checkbox"
                checked={chosen.includes(c.value)}
                onChange={(e) =>
                  onChange(e.target.checked ? [...chosen, c.value] : chosen.filter((v) => v !== c.value))
                }
              />
              {c.label}
            </label>
          ))}
        </fieldset>
      )
    return <ListInput label={`${label} (separate with commas)`} value={chosen} onChange={onChange} />
  }
  if (choices?.length)
    return (
      <select aria-label={label} value={text(condition.value)} onChange={(e) => onChange(e.target.value)}>
        <option value="">Choose…</option>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    )
  return (
    <input
      type={type}
      aria-label={label}
      value={text(condition.value)}
      onChange={(e) => onChange(e.target.value)}
    />
  )
}

/** Several values typed in one box; the text is kept as typed so a trailing comma survives. */
function ListInput({
  label,
  value,
  onChange,
}: {
  label: string
  value: string[]
  onChange: (v: string[]) => void
}) {
  const [raw, setRaw] = useState(value.join(', '))
  return (
    <input
      type="text"
      aria-label={label}
      value={raw}
      onChange={(e) => {
        setRaw(e.target.value)
        onChange(
          e.target.value
            .split(',')
            .map((v) => v.trim())
            .filter(Boolean),
        )
      }}
    />
  )
}
