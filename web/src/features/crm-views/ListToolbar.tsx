import { type FormEvent, useEffect, useId, useState } from 'react'
import type { CrmSort } from '../contacts/contacts-api.ts'

const SEARCH_DELAY_MS = 350

interface Props {
  q: string
  onSearch: (q: string) => void
  sort: CrmSort
  sortFields: readonly { value: string; label: string }[]
  onSort: (sort: CrmSort) => void
  /** What the list holds, plural: "contacts", "companies". */
  noun: string
  /** What the search box matches. */
  placeholder: string
}

/** Search (applied when typing pauses, or on Enter) and the list's order. */
export function ListToolbar({ q, onSearch, sort, sortFields, onSort, noun, placeholder }: Props) {
  const id = useId()
  const [text, setText] = useState(q)

  useEffect(() => setText(q), [q])
  useEffect(() => {
    if (text === q) return
    const timer = setTimeout(() => onSearch(text), SEARCH_DELAY_MS)
    return () => clearTimeout(timer)
  }, [text, q, onSearch])

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    onSearch(text)
  }

  return (
    <search className="list-toolbar" aria-label={`Search and sort ${noun}`}>
      <form className="list-toolbar__search field" onSubmit={submit}>
        <label htmlFor={`${id}-q`}>Search {noun}</label>
        <input
          id={`${id}-q`}
          type="search"
          value={text}
          maxLength={200}
          placeholder={placeholder}
          onChange={(e) => setText(e.target.value)}
        />
      </form>
      <div className="field">
        <label htmlFor={`${id}-sort`}>Sort by</label>
        <select
          id={`${id}-sort`}
          value={sort.field}
          onChange={(e) => onSort({ ...sort, field: e.target.value })}
        >
          {!sortFields.some((f) => f.value === sort.field) && (
            <option value={sort.field}>{sort.field}</option>
          )}
          {sortFields.map((f) => (
            <option key={f.value} value={f.value}>
              {f.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-dir`}>Order</label>
        <select
          id={`${id}-dir`}
          value={sort.direction}
          onChange={(e) => onSort({ ...sort, direction: e.target.value === 'asc' ? 'asc' : 'desc' })}
        >
          <option value="desc">Highest, newest or Z first</option>
          <option value="asc">Lowest, oldest or A first</option>
        </select>
      </div>
    </search>
  )
}
