import type {
  Funnel,
  FunnelInput,
  FunnelReport,
} from '../../../../../worker/modules/analytics/analytics.schemas.ts'
import { apiRequest } from '../../../api/client.ts'

export type { Funnel, FunnelInput, FunnelReport }
export type FunnelStep = FunnelInput['steps'][number]

/** Whose events and which UTC days a report covers. */
export interface ReportQuery {
  from: string
  to: string
  brandId?: string
  branchId?: string
}

const enc = encodeURIComponent
const BASE = '/api/v1/analytics/funnels'

function queryOf(query: ReportQuery, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams()
  const all: Record<string, string | undefined> = { ...query, ...extra }
  for (const [key, value] of Object.entries(all)) if (value) params.set(key, value)
  return params.toString()
}

/** Oldest first. */
export const listFunnels = (signal?: AbortSignal) => apiRequest<Funnel[]>(BASE, { signal })

export const createFunnel = (body: FunnelInput) => apiRequest<Funnel>(BASE, { method: 'POST', body })

export const updateFunnel = (funnelId: string, body: FunnelInput) =>
  apiRequest<Funnel>(`${BASE}/${enc(funnelId)}`, { method: 'PATCH', body })

export const deleteFunnel = (funnelId: string) =>
  apiRequest<void>(`${BASE}/${enc(funnelId)}`, { method: 'DELETE' })

/** Counted from raw events: a period reaching past the retention is refused with a 400 that says why. */
export const getFunnelReport = (funnelId: string, query: ReportQuery, signal?: AbortSignal) =>
  apiRequest<FunnelReport>(`${BASE}/${enc(funnelId)}/report?${queryOf(query)}`, { signal })

export const funnelCsvUrl = (funnelId: string, query: ReportQuery) =>
  `${BASE}/${enc(funnelId)}/report?${queryOf(query, { format: 'csv' })}`
