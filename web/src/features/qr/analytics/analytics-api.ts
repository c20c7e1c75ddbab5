import type { QrAnalytics, QrCode } from '../../../../../worker/modules/qr/qr.schemas.ts'
import { apiRequest } from '../../../api/client.ts'
import type { DateRange } from './date-range.ts'

export type { QrAnalytics }
export type CountRow = QrAnalytics['countries'][number]
export type CodeRow = QrAnalytics['codes'][number]
export type SeriesPoint = QrAnalytics['series'][number]

/** What the numbers are about: one code, a branch, a brand, or the whole organisation. */
export type AnalyticsScope =
  | { kind: 'organisation' }
  | { kind: 'brand'; brandId: string }
  | { kind: 'branch'; brandId: string; branchId: string }
  | { kind: 'code'; qrCodeId: string }

/** Only what the pickers show of brands, branches and codes. */
export interface Choice {
  id: string
  name: string
}
export type CodeChoice = Pick<QrCode, 'id' | 'label' | 'placement' | 'kind'>

const enc = encodeURIComponent

function scopeQuery(scope: AnalyticsScope): Record<string, string> {
  switch (scope.kind) {
    case 'brand':
      return { brandId: scope.brandId }
    case 'branch':
      return { branchId: scope.branchId }
    case 'code':
      return { qrCodeId: scope.qrCodeId }
    default:
      return {}
  }
}

const rangeQuery = (range: DateRange) => ({ from: range.from, to: range.to })

export function getQrAnalytics(scope: AnalyticsScope, range: DateRange, signal?: AbortSignal) {
  if (scope.kind === 'code') {
    const query = new URLSearchParams(rangeQuery(range))
    return apiRequest<QrAnalytics>(`/api/v1/qr-codes/${enc(scope.qrCodeId)}/analytics?${query}`, { signal })
  }
  const query = new URLSearchParams({ ...scopeQuery(scope), ...rangeQuery(range) })
  return apiRequest<QrAnalytics>(`/api/v1/qr-analytics?${query}`, { signal })
}

/** The raw scans of the same scope and period, as CSV (the browser downloads it with the session cookie). */
export const exportCsvUrl = (scope: AnalyticsScope, range: DateRange) =>
  `/api/v1/qr-analytics/export.csv?${new URLSearchParams({ ...scopeQuery(scope), ...rangeQuery(range) })}`

export const getQrCode = (qrCodeId: string, signal?: AbortSignal) =>
  apiRequest<QrCode>(`/api/v1/qr-codes/${enc(qrCodeId)}`, { signal })

export const listBrandChoices = (signal?: AbortSignal) =>
  apiRequest<{ data: Choice[] }>('/api/v1/brands', { signal }).then((r) => r.data)

export const listBranchChoices = (brandId: string, signal?: AbortSignal) =>
  apiRequest<{ data: (Choice & { archivedAt?: string | null })[] }>(
    `/api/v1/branches?${new URLSearchParams({ brandId })}`,
    { signal },
  ).then((r) => r.data.filter((b) => !b.archivedAt))

/** Dynamic codes only (static ones are never scanned through us), the newest first page. */
export function listCodeChoices(filter: { brandId?: string; branchId?: string }, signal?: AbortSignal) {
  const query = new URLSearchParams({ kind: 'dynamic', ...filter })
  return apiRequest<{ data: CodeChoice[] }>(`/api/v1/qr-codes?${query}`, { signal }).then((r) => r.data)
}
