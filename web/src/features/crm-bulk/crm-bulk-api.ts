import type { z } from 'zod'
import type { BulkBody, BulkResult, UndoResult } from '../../../../worker/modules/crm/bulk/bulk.schemas.ts'
import type { CrmFilter } from '../../../../worker/modules/crm/filters/filter.schemas.ts'
import { apiRequest, apiResponse } from '../../api/client.ts'

export type { BulkResult, CrmFilter, UndoResult }
export type BulkRequest = z.input<typeof BulkBody>
export type BulkEntity = BulkRequest['entity']
export type ExportEntity = 'contact' | 'company' | 'deal'

export const bulkChange = (body: BulkRequest) =>
  apiRequest<BulkResult>('/api/v1/crm/bulk', { method: 'POST', body })

export const undoChange = (crmUndoId: string) =>
  apiRequest<UndoResult>(`/api/v1/crm/undo/${encodeURIComponent(crmUndoId)}`, { method: 'POST', body: {} })

/** The filtered view as a CSV file, fetched so a refusal shows as text rather than a download. */
export async function exportCsv(entity: ExportEntity, filter: CrmFilter, columns?: string[]) {
  const response = await apiResponse('/api/v1/crm/export', {
    method: 'POST',
    body: { entity, filter, ...(columns ? { columns } : {}) },
  })
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1]
  return {
    blob: await response.blob(),
    filename: name ?? `${entity}-export.csv`,
    rows: Number(response.headers.get('x-vitrine-rows') ?? 0),
    truncated: response.headers.get('x-vitrine-truncated') === 'true',
  }
}

export const PLURAL: Record<ExportEntity, [one: string, many: string]> = {
  contact: ['contact', 'contacts'],
  company: ['company', 'companies'],
  deal: ['deal', 'deals'],
}

export const countOf = (entity: ExportEntity, n: number) =>
  `${n.toLocaleString()} ${PLURAL[entity][n === 1 ? 0 : 1]}`
