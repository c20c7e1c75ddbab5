import { type FormEvent, useId, useState } from 'react'
import type { Branch } from '../brands/brands-api.ts'
import { NO_QR_FILTERS, type QrCodeFilters, type QrKind, type QrStatus } from './qr-api.ts'
import { KIND_LABELS, STATUS_LABELS } from './qr-format.ts'

/** Search and narrow the list of codes; applied on submit so typing does not refetch each key. */
export function QrFilters({
  applied,
  branches,
  onApply,
}: {
  applied: QrCodeFilters
  branches: readonly Branch[]
  onApply: (filters: QrCodeFilters) => void
}) {
  const [draft, setDraft] = useState(applied)
  const id = useId()

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    onApply(draft)
  }

  function clear() {
    setDraft(NO_QR_FILTERS)
    onApply(NO_QR_FILTERS)
  }

  return (
    <form className="form filters qr-filters" aria-labelledby={`${id}-title`} onSubmit={submit}>
      <h2 id={`${id}-title`} className="visually-hidden">
        Filter QR codes
      </h2>
      <div className="filters__fields qr-filters__fields">
        <div className="field">
          <label htmlFor={`${id}-q`}>Search</label>
          <input
            id={`${id}-q`}
            type="search"
            value={draft.q}
            maxLength={120}
            placeholder="Label or placement"
            onChange={(e) => setDraft({ ...draft, q: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-branch`}>Branch</label>
          <select
            id={`${id}-branch`}
            value={draft.branchId}
            onChange={(e) => setDraft({ ...draft, branchId: e.target.value })}
          >
            <option value="">All branches</option>
            {branches.map((b) => (
              <option key={b.id} value={b.id}>
                {b.brandName} · {b.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-kind`}>Type</label>
          <select
            id={`${id}-kind`}
            value={draft.kind}
            onChange={(e) => setDraft({ ...draft, kind: e.target.value as QrKind | '' })}
          >
            <option value="">All types</option>
            {Object.entries(KIND_LABELS).map(([kind, label]) => (
              <option key={kind} value={kind}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-status`}>Status</label>
          <select
            id={`${id}-status`}
            value={draft.status}
            onChange={(e) => setDraft({ ...draft, status: e.target.value as QrStatus | '' })}
          >
            <option value="">Any status</option>
            {Object.entries(STATUS_LABELS).map(([status, label]) => (
              <option key={status} value={status}>
                {label}
              </option>
            ))}
          </select>
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
