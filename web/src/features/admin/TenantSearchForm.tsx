import { type FormEvent, useId, useState } from 'react'
import type { TenantSearch, TenantStatus } from './admin-api.ts'

const STATUSES: Record<TenantStatus, string> = {
  active: 'Active',
  suspended: 'Suspended',
  deleted: 'Deleted',
}

export function TenantSearchForm({ onSearch }: { onSearch: (search: TenantSearch) => void }) {
  const id = useId()
  const [q, setQ] = useState('')
  const [status, setStatus] = useState<TenantSearch['status']>('')

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    onSearch({ q: q.trim(), status })
  }

  return (
    <search aria-label="Find organisations">
      <form className="form filters" onSubmit={submit}>
        <div className="filters__fields">
          <div className="field">
            <label htmlFor={`${id}-q`}>Name or id</label>
            <input
              id={`${id}-q`}
              type="search"
              value={q}
              onChange={(e) => setQ(e.target.value)}
              maxLength={100}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-status`}>Status</label>
            <select
              id={`${id}-status`}
              value={status}
              onChange={(e) => setStatus(e.target.value as TenantSearch['status'])}
            >
              <option value="">Any</option>
              {Object.entries(STATUSES).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="filters__actions">
          <button type="submit" className="button button--primary">
            Search
          </button>
        </div>
      </form>
    </search>
  )
}

export const statusLabel = (status: TenantStatus) => STATUSES[status]
