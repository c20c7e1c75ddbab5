import type { z } from 'zod'
import type { CreateQrBatch } from '../../../../../worker/modules/qr/batches/batch.schemas.ts'
import type { QrBatch } from '../../../../../worker/modules/qr/qr.schemas.ts'
import { apiRequest } from '../../../api/client.ts'

export type { QrBatch }
export type CreateBatchBody = z.input<typeof CreateQrBatch>
export type BatchFormat = 'svg' | 'png' | 'pdf'
export type Paper = 'a4' | 'letter'
export const PER_PAGE = [1, 2, 4, 6, 8, 12, 20] as const
export type PerPage = (typeof PER_PAGE)[number]

/** What goes in the ZIP besides the codes' own files. */
export interface BatchOutput {
  formats: BatchFormat[]
  sheet: { paper: Paper; perPage: PerPage } | null
  tents: boolean
}

/** The largest CSV the API takes (a JSON field under the API's 64 KB body limit). */
export const MAX_CSV_CHARS = 60_000

export interface BrandChoice {
  id: string
  name: string
}

const enc = encodeURIComponent

const outputBody = (output: BatchOutput) => ({
  formats: output.formats,
  tents: output.tents,
  ...(output.sheet ? { sheet: output.sheet } : {}),
})

export const createBrandBatch = (brandId: string, output: BatchOutput) =>
  apiRequest<QrBatch>('/api/v1/qr-batches', {
    method: 'POST',
    body: { source: 'brand', brandId, ...outputBody(output) } satisfies CreateBatchBody,
  })

export const createCsvBatch = (csv: string, brandId: string | null, output: BatchOutput) =>
  apiRequest<QrBatch>('/api/v1/qr-batches', {
    method: 'POST',
    body: {
      source: 'csv',
      csv,
      ...(brandId ? { brandId } : {}),
      ...outputBody(output),
    } satisfies CreateBatchBody,
  })

export const getBatch = (qrBatchId: string, signal?: AbortSignal) =>
  apiRequest<QrBatch>(`/api/v1/qr-batches/${enc(qrBatchId)}`, { signal })

export const listBatches = (signal?: AbortSignal) =>
  apiRequest<{ data: QrBatch[] }>('/api/v1/qr-batches', { signal }).then((r) => r.data)

export const listBrands = (signal?: AbortSignal) =>
  apiRequest<{ data: BrandChoice[] }>('/api/v1/brands', { signal }).then((r) => r.data)

export const inProgress = (batch: QrBatch) => batch.status === 'queued' || batch.status === 'running'
