// The list's state lives in the address (filter, search, sort, saved view), so a copied link or
// a reload shows the same records.

import { DEFAULT_SORT } from '../contacts/contact-format.ts'
import type { CrmFilter, CrmSort } from '../contacts/contacts-api.ts'

export interface RecordListState {
  filter: CrmFilter
  sort: CrmSort
  viewId: string | null
}

function filterFrom(params: URLSearchParams): CrmFilter {
  const q = params.get('q') ?? undefined
  try {
    const parsed = JSON.parse(params.get('filter') ?? 'null') as Partial<CrmFilter> | null
    if (parsed && Array.isArray(parsed.conditions))
      return { match: parsed.match === 'any' ? 'any' : 'all', conditions: parsed.conditions, q }
  } catch {
    // A hand-edited link: start without its filter.
  }
  return { match: 'all', conditions: [], q }
}

export function stateFromSearch(search: string): RecordListState {
  const params = new URLSearchParams(search)
  const field = params.get('sort')
  return {
    filter: filterFrom(params),
    sort: field ? { field, direction: params.get('direction') === 'asc' ? 'asc' : 'desc' } : DEFAULT_SORT,
    viewId: params.get('view'),
  }
}

export function searchOfState(state: RecordListState): string {
  const params = new URLSearchParams()
  const { q, ...filter } = state.filter
  if (q) params.set('q', q)
  if (filter.conditions.length > 0) params.set('filter', JSON.stringify(filter))
  if (state.sort.field !== DEFAULT_SORT.field || state.sort.direction !== DEFAULT_SORT.direction) {
    params.set('sort', state.sort.field)
    params.set('direction', state.sort.direction)
  }
  if (state.viewId) params.set('view', state.viewId)
  const text = params.toString()
  return text ? `?${text}` : ''
}
