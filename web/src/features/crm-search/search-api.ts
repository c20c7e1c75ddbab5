import type {
  AutocompleteResults,
  Highlighted,
  SearchHit,
  SearchResults,
  SearchType,
} from '../../../../worker/modules/crm/search/search.schemas.ts'
import { apiRequest } from '../../api/client.ts'
import { pathTo } from '../../app/router.ts'

export type { Highlighted, SearchHit, SearchResults, SearchType }

export const SEARCH_TYPES: readonly SearchType[] = ['contact', 'company', 'deal', 'note']
export const MIN_QUERY = 2

export const TYPE_LABEL: Record<SearchType, string> = {
  contact: 'Contact',
  company: 'Company',
  deal: 'Deal',
  note: 'Note',
}

export const TYPE_PLURAL: Record<SearchType, string> = {
  contact: 'Contacts',
  company: 'Companies',
  deal: 'Deals',
  note: 'Notes',
}

const enc = encodeURIComponent

export const autocomplete = (q: string, signal?: AbortSignal) =>
  apiRequest<AutocompleteResults>(`/api/v1/crm/autocomplete?q=${enc(q)}`, { signal })

export const searchCrm = (q: string, types: readonly SearchType[], limit: number, signal?: AbortSignal) =>
  apiRequest<SearchResults>(`/api/v1/crm/search?q=${enc(q)}&types=${types.join(',')}&limit=${limit}`, {
    signal,
  })

const recordPath = (type: 'contact' | 'company' | 'deal', id: string) =>
  type === 'contact'
    ? pathTo('contact', { contactId: id })
    : type === 'company'
      ? pathTo('company', { companyId: id })
      : pathTo('deal', { dealId: id })

/** Where a result leads: the record itself, or for a note what it is about. */
export function hitPath(hit: SearchHit): string {
  if (hit.type !== 'note') return recordPath(hit.type, hit.id)
  return hit.about ? recordPath(hit.about.type, hit.about.id) : pathTo('activities')
}

/** The results page for a query, optionally on one kind's tab. */
export function resultsPath(q: string, type?: SearchType): string {
  const params = new URLSearchParams({ q })
  if (type) params.set('type', type)
  return `${pathTo('crm-search')}?${params}`
}

// The header box and the results page are apart in the tree; a new query typed in the box
// while the page is open reaches it this way (the path does not change, so no new screen).
const SEARCHED = 'vitrine:crm-searched'

export function announceSearch(q: string): void {
  window.dispatchEvent(new CustomEvent(SEARCHED, { detail: q }))
}

export function onSearchAnnounced(handler: (q: string) => void): () => void {
  const listener = (event: Event) => {
    if (event instanceof CustomEvent && typeof event.detail === 'string') handler(event.detail)
  }
  window.addEventListener(SEARCHED, listener)
  return () => window.removeEventListener(SEARCHED, listener)
}
