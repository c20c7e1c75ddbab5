import { type FormEvent, useId, useState } from 'react'
import { navigate, pathTo } from '../../../app/router.ts'

/** Opens one lead's touches by its id (as shown on the lead's page and in exports). */
export function LeadLookup() {
  const id = useId()
  const [leadId, setLeadId] = useState('')
  const [error, setError] = useState('')

  function open(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const value = leadId.trim()
    if (!/^lead_[A-Za-z0-9]+$/.test(value)) {
      setError('Enter a lead id: it starts with “lead_”.')
      return
    }
    setError('')
    navigate(pathTo('analytics-lead-touches', { leadId: value }))
  }

  return (
    <form className="form an-lead-lookup" onSubmit={open} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>One lead’s path</h2>
      <p className="muted">
        Every lead’s page links to its touches (“How this lead found you”); or enter its id here.
      </p>
      <div className="field">
        <label htmlFor={`${id}-lead`}>Lead id</label>
        <input
          id={`${id}-lead`}
          value={leadId}
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          placeholder="lead_…"
          onChange={(e) => setLeadId(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        {error && (
          <p id={`${id}-error`} className="field-error" role="alert">
            {error}
          </p>
        )}
      </div>
      <div>
        <button type="submit" className="button">
          Show its touches
        </button>
      </div>
    </form>
  )
}
