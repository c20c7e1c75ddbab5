import { type FormEvent, useCallback, useEffect, useId, useState } from 'react'
import { LoadError } from '../../app/components/Notices.tsx'
import { useResource } from '../../app/useResource.ts'
import { SearchResultList } from './SearchResultList.tsx'
import { SearchTabs, type Tab } from './SearchTabs.tsx'
import {
  MIN_QUERY,
  onSearchAnnounced,
  resultsPath,
  SEARCH_TYPES,
  type SearchResults,
  searchCrm,
} from './search-api.ts'

const fromUrl = () => {
  const params = new URLSearchParams(location.search)
  const type = params.get('type')
  return {
    q: params.get('q') ?? '',
    tab: (SEARCH_TYPES as readonly string[]).includes(type ?? '') ? (type as Tab) : ('all' as Tab),
  }
}

const PER_KIND_ON_ALL = 5
const ON_ONE_TAB = 50

/**
 * The full results of a search: every kind together (the best five of each), or one kind
 * (up to fifty) on its tab. The query and tab live in the address, so Back and links work.
 */
export function SearchPage({ onSessionExpired }: { onSessionExpired: () => void }) {
  const id = useId()
  const [{ q, tab }, setState] = useState(fromUrl)
  const [draft, setDraft] = useState(q)
  // As the server echoes it back: trimmed, runs of white space made one.
  const query = q.trim().replace(/\s+/g, ' ')

  useEffect(() => {
    const reread = () => {
      const next = fromUrl()
      setState(next)
      setDraft(next.q)
    }
    window.addEventListener('popstate', reread)
    const stop = onSearchAnnounced(reread)
    return () => {
      window.removeEventListener('popstate', reread)
      stop()
    }
  }, [])

  const show = (next: { q: string; tab: Tab }) => {
    history.replaceState(null, '', resultsPath(next.q, next.tab === 'all' ? undefined : next.tab))
    setState(next)
  }

  const fetchResults = useCallback(
    (signal?: AbortSignal): Promise<{ tab: Tab; results: SearchResults } | null> =>
      query.length < MIN_QUERY
        ? Promise.resolve(null)
        : searchCrm(
            query,
            tab === 'all' ? SEARCH_TYPES : [tab],
            tab === 'all' ? PER_KIND_ON_ALL : ON_ONE_TAB,
            signal,
          ).then((results) => ({ tab, results })),
    [query, tab],
  )
  const loaded = useResource(fetchResults, onSessionExpired)
  // Until the answer for this query and tab arrives, nothing older is shown as if it were it.
  const data =
    loaded.data && loaded.data.tab === tab && loaded.data.results.q === query ? loaded.data.results : null

  function submit(event: FormEvent) {
    event.preventDefault()
    show({ q: draft.trim(), tab })
  }

  const total = data?.groups.reduce((n, g) => n + g.items.length, 0) ?? 0
  const status =
    query.length < MIN_QUERY
      ? ''
      : !data
        ? 'Searching…'
        : total === 0
          ? `Nothing matches “${query}”`
          : `${total}${data.groups.some((g) => g.hasMore) ? '+' : ''} results for “${query}”`

  return (
    <>
      <h1 tabIndex={-1}>Search</h1>
      <search aria-label="Search the CRM">
        <form className="form search-page__form" onSubmit={submit}>
          <div className="field">
            <label htmlFor={`${id}-q`}>Search for</label>
            <p id={`${id}-hint`} className="field-hint muted">
              A name (typos are fine), part of an e-mail address, domain or phone number, or words of a note.
            </p>
            <div className="search-page__row">
              <input
                id={`${id}-q`}
                type="search"
                value={draft}
                maxLength={100}
                aria-describedby={`${id}-hint`}
                onChange={(e) => setDraft(e.currentTarget.value)}
              />
              <button type="submit" className="button button--primary">
                Search
              </button>
            </div>
          </div>
        </form>
      </search>
      <p role="status" className="muted">
        {status}
      </p>
      {loaded.error && (
        <LoadError onRetry={loaded.reload}>The search could not be run. {loaded.error}</LoadError>
      )}
      {query.length >= MIN_QUERY && (
        <SearchTabs active={tab} onActivate={(next) => show({ q: query, tab: next })}>
          {data && (
            <SearchResultList
              results={data}
              tab={tab}
              query={query}
              onShowKind={(kind) => show({ q: query, tab: kind })}
            />
          )}
        </SearchTabs>
      )}
    </>
  )
}
