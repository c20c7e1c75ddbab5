import { type FormEvent, useId, useState } from 'react'
import { type AuditFilterValues, NO_FILTERS } from './audit-api.ts'
import { CATEGORIES } from './audit-format.ts'

export function AuditFilters({
  applied,
  onApply,
}: {
  applied: AuditFilterValues
  onApply: (filters: AuditFilterValues) => void
}) {
  const [draft, setDraft] = useState(applied)
  const [error, setError] = useState('')
  const id = useId()

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (draft.fromDay && draft.toDay && draft.fromDay > draft.toDay) {
      setError('The “to” day must be on or after the “from” day.')
      return
    }
    setError('')
    onApply(draft)
  }

  function clear() {
    setDraft(NO_FILTERS)
    setError('')
    onApply(NO_FILTERS)
  }

  const set = (field: keyof AuditFilterValues) => (value: string) =>
    setDraft((d) => ({ ...d, [field]: value }))

  return (
    <form className="form filters" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="visually-hidden">
        Filter events
      </h2>
      <div id={`${id}-error`} role="alert" className="form-error">
        {error}
      </div>
      <div className="filters__fields">
        <div className="field">
          <label htmlFor={`${id}-category`}>What</label>
          <select
            id={`${id}-category`}
            value={draft.category}
            onChange={(e) => set('category')(e.target.value)}
          >
            <option value="">Everything</option>
            {Object.entries(CATEGORIES).map(([category, label]) => (
              <option key={category} value={`${category}.`}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-from`}>From</label>
          <input
            id={`${id}-from`}
            type="date"
            value={draft.fromDay}
            onChange={(e) => set('fromDay')(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>To</label>
          <input
            id={`${id}-to`}
            type="date"
            value={draft.toDay}
            onChange={(e) => set('toDay')(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
          />
        </div>
      </div>
      <div className="filters__actions">
        <button type="submit" className="button button--primary">
          Apply filters
        </button>
        <button type="button" className="button button--quiet" onClick={clear}>
          Clear
        </button>
      </div>
    </form>
  )
}
