import { type FormEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from 'react'
import { isUnauthorized } from '../../api/client.ts'
import { navigate } from '../../app/router.ts'
import { Highlight } from './Highlight.tsx'
import {
  announceSearch,
  autocomplete,
  hitPath,
  MIN_QUERY,
  resultsPath,
  type SearchHit,
  TYPE_LABEL,
} from './search-api.ts'

const DEBOUNCE_MS = 150

/** One line under a suggestion: the one that matched (a phone number, an address), else the first. */
function SuggestionDetail({ hit }: { hit: SearchHit }) {
  const detail = hit.details.find((d) => d.highlights.length > 0) ?? hit.details[0]
  if (!detail) return null
  return (
    <span className="crm-search__detail muted">
      <Highlight value={detail} />
    </span>
  )
}

/** Whether a key press belongs to a field being typed in (then `/` is just a slash). */
const typingIn = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))

/**
 * The search box in the header: an ARIA 1.2 combobox. Suggestions follow typing (150 ms
 * after the last key), arrow keys move through them, Enter opens the one chosen (or the full
 * results page), Escape closes the list and then clears the box; `/` anywhere focuses it.
 */
export function SearchBox({ onSessionExpired }: { onSessionExpired: () => void }) {
  const id = useId()
  const input = useRef<HTMLInputElement>(null)
  const [q, setQ] = useState('')
  const [hits, setHits] = useState<SearchHit[] | null>(null)
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const [failed, setFailed] = useState(false)
  const query = q.trim()
  const ready = query.length >= MIN_QUERY

  useEffect(() => {
    function onKey(event: globalThis.KeyboardEvent) {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || typingIn(event.target))
        return
      event.preventDefault()
      input.current?.focus()
      input.current?.select()
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [])

  useEffect(() => {
    setHits(null)
    setFailed(false)
    if (!ready) return
    const controller = new AbortController()
    const timer = setTimeout(() => {
      autocomplete(query, controller.signal).then(
        (r) => setHits(r.items),
        (cause: unknown) => {
          if (controller.signal.aborted) return
          if (isUnauthorized(cause)) onSessionExpired()
          else setFailed(true)
        },
      )
    }, DEBOUNCE_MS)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [query, ready, onSessionExpired])

  // The suggestions, then "all results" as the last option.
  const count = hits ? hits.length + 1 : 0
  const expanded = open && ready && hits !== null

  function close() {
    setOpen(false)
    setActive(-1)
  }

  function go(to: string) {
    close()
    setQ('')
    input.current?.blur()
    navigate(to)
  }

  function openResults() {
    if (!ready) return
    go(resultsPath(query))
    announceSearch(query)
  }

  function choose(index: number) {
    const hit = hits?.[index]
    if (hit) go(hitPath(hit))
    else openResults()
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      setOpen(true)
      if (count === 0) return
      const step = event.key === 'ArrowDown' ? 1 : -1
      setActive((i) => (i === -1 && step === -1 ? count - 1 : (i + step + count) % count))
    } else if (event.key === 'Escape') {
      event.preventDefault()
      if (expanded) close()
      else setQ('')
    } else if (event.key === 'Enter' && expanded && active >= 0) {
      event.preventDefault()
      choose(active)
    } else if (event.key === 'Tab') {
      close()
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault()
    openResults()
  }

  const optionId = (index: number) => `${id}-option-${index}`
  const status =
    !open || !ready
      ? ''
      : failed
        ? 'Suggestions could not be loaded'
        : hits === null
          ? ''
          : hits.length === 0
            ? `No suggestions for ${query}; Enter shows the full search`
            : `${hits.length} suggestion${hits.length === 1 ? '' : 's'}; arrow keys to choose, Enter to open`

  return (
    <search className="crm-search" aria-label="Contacts, companies and deals">
      <form onSubmit={onSubmit}>
        <label htmlFor={id} className="visually-hidden">
          Search contacts, companies and deals
        </label>
        <input
          ref={input}
          id={id}
          type="search"
          className="crm-search__input"
          placeholder="Search (press /)"
          autoComplete="off"
          spellCheck={false}
          value={q}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={`${id}-list`}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          aria-keyshortcuts="/"
          onChange={(e) => {
            setQ(e.currentTarget.value)
            setOpen(true)
            setActive(-1)
          }}
          onFocus={() => setOpen(true)}
          onBlur={close}
          onKeyDown={onKeyDown}
        />
        <div
          id={`${id}-list`}
          role="listbox"
          aria-label="Suggestions"
          className="crm-search__list"
          hidden={!expanded}
        >
          {hits?.map((hit, index) => (
            <div
              key={hit.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              className="crm-search__option"
              // Reached through aria-activedescendant from the box, never by Tab; a press keeps
              // the focus in the box and opens the record.
              tabIndex={-1}
              onMouseDown={(e) => {
                e.preventDefault()
                choose(index)
              }}
            >
              <span className="crm-search__type">{TYPE_LABEL[hit.type]}</span>
              <span className="crm-search__title">
                <Highlight value={hit.title} />
              </span>
              <SuggestionDetail hit={hit} />
            </div>
          ))}
          <div
            id={optionId(hits?.length ?? 0)}
            role="option"
            aria-selected={active === (hits?.length ?? 0)}
            className="crm-search__option crm-search__all"
            tabIndex={-1}
            onMouseDown={(e) => {
              e.preventDefault()
              openResults()
            }}
          >
            All results for “<bdi>{query}</bdi>”
          </div>
        </div>
        <p role="status" className="visually-hidden">
          {status}
        </p>
      </form>
    </search>
  )
}
