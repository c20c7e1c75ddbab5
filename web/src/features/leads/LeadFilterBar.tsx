import { type FormEvent, type ReactNode, useEffect, useId, useState } from 'react'
import type { Branch } from '../team/team-api.ts'
import { type LeadFilterValues, NO_FILTERS, rangeIsBackwards } from './lead-filters.ts'
import { SOURCE_LABELS, SOURCES, STATUS_LABELS, STATUSES } from './lead-format.ts'
import type { People } from './usePeople.ts'

const SEARCH_DELAY_MS = 350

interface Props {
  value: LeadFilterValues
  onChange: (filters: LeadFilterValues) => void
  branches: readonly Branch[]
  people: People
}

/**
 * The inbox's filters. Each choice applies at once; the search waits until typing pauses, so
 * the list is not fetched on every key.
 */
export function LeadFilterBar({ value, onChange, branches, people }: Props) {
  const id = useId()
  const [q, setQ] = useState(value.q)
  const [days, setDays] = useState({ fromDay: value.fromDay, toDay: value.toDay })
  const backwards = rangeIsBackwards({ ...value, ...days })

  useEffect(() => {
    if (q === value.q) return
    const timer = setTimeout(() => onChange({ ...value, q }), SEARCH_DELAY_MS)
    return () => clearTimeout(timer)
  }, [q, value, onChange])

  const set = <K extends keyof LeadFilterValues>(key: K, v: LeadFilterValues[K]) =>
    onChange({ ...value, [key]: v })

  function setDay(key: 'fromDay' | 'toDay', day: string) {
    const next = { ...days, [key]: day }
    setDays(next)
    if (!rangeIsBackwards({ ...value, ...next })) onChange({ ...value, ...next })
  }

  // Enter in the search box applies it without waiting.
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (q !== value.q) onChange({ ...value, q })
  }

  function clear() {
    setQ('')
    setDays({ fromDay: '', toDay: '' })
    onChange(NO_FILTERS)
  }

  return (
    <search className="lead-filters" aria-labelledby={`${id}-title`}>
      <form className="form filters" onSubmit={submit}>
        <h2 id={`${id}-title`} className="visually-hidden">
          Filter leads
        </h2>
        <div className="lead-filters__fields">
          <div className="field lead-filters__search">
            <label htmlFor={`${id}-q`}>Search</label>
            <input
              id={`${id}-q`}
              type="search"
              value={q}
              maxLength={100}
              placeholder="Name, e-mail, phone or message"
              onChange={(e) => setQ(e.target.value)}
            />
          </div>
          <Select
            id={`${id}-branch`}
            label="Branch"
            value={value.branchId}
            onChange={(v) => set('branchId', v)}
          >
            <option value="">All branches</option>
            {value.branchId && !branches.some((b) => b.id === value.branchId) && (
              <option value={value.branchId}>The branch in the link</option>
            )}
            {branches.map((b) => (
              <option key={b.id} value={b.id}>
                {b.brandName} · {b.name}
              </option>
            ))}
          </Select>
          <Select
            id={`${id}-source`}
            label="Source"
            value={value.source}
            onChange={(v) => set('source', v as LeadFilterValues['source'])}
          >
            <option value="">All sources</option>
            {SOURCES.map((s) => (
              <option key={s} value={s}>
                {SOURCE_LABELS[s]}
              </option>
            ))}
          </Select>
          <Select
            id={`${id}-status`}
            label="Status"
            value={value.status}
            onChange={(v) => set('status', v as LeadFilterValues['status'])}
          >
            <option value="">Any status</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </Select>
          <Select id={`${id}-owner`} label="Owner" value={value.owner} onChange={(v) => set('owner', v)}>
            <option value="">Anyone</option>
            <option value="me">Me</option>
            <option value="unassigned">Unassigned</option>
            {!['', 'me', 'unassigned'].includes(value.owner) &&
              !people.assignable.some((m) => m.userId === value.owner) && (
                <option value={value.owner}>{people.nameOf(value.owner)}</option>
              )}
            {people.assignable
              .filter((m) => m.userId !== people.me)
              .map((m) => (
                <option key={m.userId} value={m.userId}>
                  {m.name}
                </option>
              ))}
          </Select>
          <Select
            id={`${id}-sla`}
            label="Response time"
            value={value.sla}
            onChange={(v) => set('sla', v as LeadFilterValues['sla'])}
          >
            <option value="">Any</option>
            <option value="due">Waiting, within target</option>
            <option value="breached">Target missed</option>
          </Select>
          <Select
            id={`${id}-spam`}
            label="Spam"
            value={value.spam}
            onChange={(v) => set('spam', v as LeadFilterValues['spam'])}
          >
            <option value="exclude">Hide spam</option>
            <option value="include">Include spam</option>
            <option value="only">Only spam</option>
          </Select>
          <div className="field">
            <label htmlFor={`${id}-from`}>Received from</label>
            <input
              id={`${id}-from`}
              type="date"
              value={days.fromDay}
              onChange={(e) => setDay('fromDay', e.target.value)}
              aria-invalid={backwards || undefined}
              aria-describedby={backwards ? `${id}-range` : undefined}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-to`}>Received to</label>
            <input
              id={`${id}-to`}
              type="date"
              value={days.toDay}
              onChange={(e) => setDay('toDay', e.target.value)}
              aria-invalid={backwards || undefined}
              aria-describedby={backwards ? `${id}-range` : undefined}
            />
          </div>
        </div>
        <p id={`${id}-range`} role="alert" className="form-error">
          {backwards ? 'The “to” day must be on or after the “from” day.' : ''}
        </p>
        <div className="filters__actions">
          <button type="button" className="button button--quiet" onClick={clear}>
            Clear filters
          </button>
        </div>
      </form>
    </search>
  )
}

function Select({
  id,
  label,
  value,
  onChange,
  children,
}: {
  id: string
  label: string
  value: string
  onChange: (value: string) => void
  children: ReactNode
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {children}
      </select>
    </div>
  )
}
