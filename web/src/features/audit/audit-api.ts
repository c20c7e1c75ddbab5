import type { AuditEvent, AuditEventList } from '../../../../worker/modules/audit/audit.schemas.ts'
import { apiRequest } from '../../api/client.ts'

export type { AuditEvent }

export const PAGE_SIZE = 50

/** What the filter form holds: a category (`auth.`) and calendar days, as the person picked them. */
export interface AuditFilterValues {
  category: string
  fromDay: string
  toDay: string
}

export const NO_FILTERS: AuditFilterValues = { category: '', fromDay: '', toDay: '' }

/**
 * The API's query: days become instants at local midnight, and the last day is included by
 * asking for everything before the midnight after it.
 */
export function filterQuery(filters: AuditFilterValues): URLSearchParams {
  const query = new URLSearchParams()
  if (filters.category) query.set('action', filters.category)
  if (filters.fromDay) query.set('from', localMidnight(filters.fromDay, 0))
  if (filters.toDay) query.set('to', localMidnight(filters.toDay, 1))
  return query
}

function localMidnight(day: string, addDays: number): string {
  const [y, m, d] = day.split('-').map(Number)
  return new Date(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + addDays).toISOString()
}

export function listAuditEvents(filters: AuditFilterValues, cursor: string | null, signal?: AbortSignal) {
  const query = filterQuery(filters)
  query.set('limit', String(PAGE_SIZE))
  if (cursor) query.set('cursor', cursor)
  return apiRequest<AuditEventList>(`/api/v1/audit-events?${query}`, { signal })
}

export const csvUrl = (filters: AuditFilterValues) => {
  const query = filterQuery(filters).toString()
  return `/api/v1/audit-events/export.csv${query ? `?${query}` : ''}`
}
