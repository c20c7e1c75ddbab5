import type { Attribution, LeadTouches } from '../../../../../worker/modules/analytics/analytics.schemas.ts'
import { apiRequest } from '../../../api/client.ts'

export type { Attribution, LeadTouches }
export type AttributionRow = Attribution['rows'][number]
export type GroupBy = Attribution['groupBy']
export type Touch = LeadTouches['touches'][number]

export interface AttributionQuery {
  from: string
  to: string
  brandId?: string
  branchId?: string
  groupBy: GroupBy
  halfLifeHours: number
}

function queryOf(query: AttributionQuery, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams()
  const all: Record<string, string | undefined> = {
    from: query.from,
    to: query.to,
    brandId: query.brandId,
    branchId: query.branchId,
    groupBy: query.groupBy,
    halfLifeHours: String(query.halfLifeHours),
    ...extra,
  }
  for (const [key, value] of Object.entries(all)) if (value) params.set(key, value)
  return params.toString()
}

export const getAttribution = (query: AttributionQuery, signal?: AbortSignal) =>
  apiRequest<Attribution>(`/api/v1/analytics/attribution?${queryOf(query)}`, { signal })

export const attributionCsvUrl = (query: AttributionQuery) =>
  `/api/v1/analytics/attribution?${queryOf(query, { format: 'csv' })}`

export const getLeadTouches = (leadId: string, halfLifeHours: number, signal?: AbortSignal) =>
  apiRequest<LeadTouches>(
    `/api/v1/analytics/attribution/leads/${encodeURIComponent(leadId)}?${new URLSearchParams({
      halfLifeHours: String(halfLifeHours),
    })}`,
    { signal },
  )
