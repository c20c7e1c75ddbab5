import type {
  Breakdown,
  Heatmap,
  League,
  Live,
  Overview,
} from '../../../../worker/modules/analytics/analytics.schemas.ts'
import { apiRequest } from '../../api/client.ts'

export type { Breakdown, Heatmap, League, Live, Overview }
export type CountRow = Overview['top']['sources'][number]
export type { LeagueRow } from '../../../../worker/modules/analytics/analytics.schemas.ts'
export type SeriesPoint = Overview['series'][number]
export type ActionCount = Overview['actions'][number]
export type Totals = Overview['totals']

/** Whose numbers and which days: the query every analytics view takes. */
export interface AnalyticsParams {
  /** YYYY-MM-DD, UTC, both included. */
  from: string
  to: string
  brandId?: string
  branchId?: string
  compare: 'previous' | 'none'
}

/** The views the API renders, each also as CSV with `format=csv`. */
export type AnalyticsView = 'overview' | 'breakdown' | 'heatmap' | 'league' | 'live'

function queryOf(params: AnalyticsParams, extra: Record<string, string> = {}): string {
  const query = new URLSearchParams()
  const all: Record<string, string | undefined> = {
    from: params.from,
    to: params.to,
    brandId: params.brandId,
    branchId: params.branchId,
    compare: params.compare,
    ...extra,
  }
  for (const [key, value] of Object.entries(all)) if (value) query.set(key, value)
  return query.toString()
}

const path = (view: AnalyticsView, params: AnalyticsParams, extra?: Record<string, string>) =>
  `/api/v1/analytics/${view}?${queryOf(params, extra)}`

export const getOverview = (params: AnalyticsParams, signal?: AbortSignal) =>
  apiRequest<Overview>(path('overview', params), { signal })

export const getBreakdown = (params: AnalyticsParams, dimension: string, signal?: AbortSignal) =>
  apiRequest<Breakdown>(path('breakdown', params, { dimension }), { signal })

export const getHeatmap = (params: AnalyticsParams, timeZone: string, signal?: AbortSignal) =>
  apiRequest<Heatmap>(path('heatmap', params, { timeZone }), { signal })

export const getLeague = (params: AnalyticsParams, signal?: AbortSignal) =>
  apiRequest<League>(path('league', params), { signal })

/** Right now, whatever the period: only the scope is sent. */
export function getLive(params: AnalyticsParams, signal?: AbortSignal) {
  const query = new URLSearchParams()
  if (params.brandId) query.set('brandId', params.brandId)
  if (params.branchId) query.set('branchId', params.branchId)
  return apiRequest<Live>(`/api/v1/analytics/live?${query}`, { signal })
}

/** The same view as a CSV file; fetched by ExportCsvLink so the session cookie is refreshed first. */
export const csvUrl = (view: AnalyticsView, params: AnalyticsParams, extra: Record<string, string> = {}) =>
  path(view, params, { ...extra, format: 'csv' })

/** The brand a branch belongs to, for addresses (report links) that name only the branch. */
export const getBranchBrand = (branchId: string, signal?: AbortSignal) =>
  apiRequest<{ id: string; brandId: string; name: string }>(
    `/api/v1/branches/${encodeURIComponent(branchId)}`,
    { signal },
  )
