import { useEffect, useId, useState } from 'react'
import type { RecordChoice } from './deals-api.ts'

interface Props {
  label: string
  value: RecordChoice | null
  onChange: (value: RecordChoice | null) => void
  search: (q: string, signal?: AbortSignal) => Promise<RecordChoice[]>
  error?: string
}

/**
 * Picks a contact or company by typing part of its name: matches appear as buttons under the
 * box (announced by count), and the chosen record shows with a way to clear it.
 */
export function RecordPicker({ label, value, onChange, search, error }: Props) {
  const id = useId()
  const [q, setQ] = useState('')
  const [results, setResults] = useState<RecordChoice[] | null>(null)

  useEffect(() => {
    if (q.trim().length < 2) {
      setResults(null)
      return
    }
    const controller = new AbortController()
    const timer = setTimeout(() => {
      search(q.trim(), controller.signal).then(setResults, () => setResults([]))
    }, 250)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [q, search])

  if (value) {
    return (
      <fieldset className="field record-picker record-picker__chosen">
        <legend className="record-picker__label">{label}</legend>
        <bdi>{value.name}</bdi>
        <button type="button" className="button button--quiet" onClick={() => onChange(null)}>
          Remove<span className="visually-hidden"> {value.name}</span>
        </button>
      </fieldset>
    )
  }
  return (
    <div className="field record-picker">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="search"
        value={q}
        autoComplete="off"
        placeholder="Type part of the name"
        aria-describedby={`${id}-status${error ? ` ${id}-error` : ''}`}
        aria-invalid={error ? true : undefined}
        onChange={(e) => setQ(e.currentTarget.value)}
      />
      <p id={`${id}-status`} role="status" className="visually-hidden">
        {results === null ? '' : `${results.length} match${results.length === 1 ? '' : 'es'}`}
      </p>
      {results && results.length > 0 && (
        <ul className="record-picker__results">
          {results.map((r) => (
            <li key={r.id}>
              <button
                type="button"
                className="button button--quiet"
                onClick={() => {
                  onChange(r)
                  setQ('')
                }}
              >
                <bdi>{r.name}</bdi>
                {r.detail && <span className="muted"> · {r.detail}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  )
}
