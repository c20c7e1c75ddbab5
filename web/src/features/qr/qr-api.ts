import type { z } from '@hono/zod-openapi'
import type {
  QrDesign,
  QrRule,
  QrStaticPayload,
  QrTarget,
  QrUtm,
} from '../../../../worker/modules/qr/qr.model.ts'
import type {
  CreateQrCode,
  QrCode,
  QrCodeList,
  UpdateQrCode,
} from '../../../../worker/modules/qr/qr.schemas.ts'
import type { QR_KINDS, QR_STATUSES } from '../../../../worker/modules/qr/qr.tables.ts'
import { apiRequest } from '../../api/client.ts'
import { fetchFile } from './download.ts'

export type { QrCode, QrDesign, QrRule, QrStaticPayload, QrTarget, QrUtm }
export type QrKind = (typeof QR_KINDS)[number]
export type QrStatus = (typeof QR_STATUSES)[number]
export type QrState = QrCode['state']
export type QrTargetType = QrTarget['type']
export type StaticKind = QrStaticPayload['type']
export type CreateQrCodeBody = z.input<typeof CreateQrCode>
export type UpdateQrCodeBody = z.input<typeof UpdateQrCode>
export type QrCodePage = z.infer<typeof QrCodeList>

export interface QrCodeFilters {
  branchId: string
  kind: '' | QrKind
  status: '' | QrStatus
  q: string
}

export const NO_QR_FILTERS: QrCodeFilters = { branchId: '', kind: '', status: '', q: '' }

export type PngSize = 1024 | 2048 | 4096
export type Paper = 'a4' | 'letter'
export type PerPage = 1 | 2 | 4 | 6 | 8 | 12 | 20

const enc = encodeURIComponent
const code = (qrCodeId: string, rest = '') => `/api/v1/qr-codes/${enc(qrCodeId)}${rest}`

export function listQrCodes(filters: QrCodeFilters, cursor: string | null, signal?: AbortSignal) {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(filters)) if (value.trim()) params.set(key, value.trim())
  if (cursor) params.set('cursor', cursor)
  const qs = params.toString()
  return apiRequest<QrCodePage>(`/api/v1/qr-codes${qs ? `?${qs}` : ''}`, { signal })
}

export const getQrCode = (qrCodeId: string, signal?: AbortSignal) =>
  apiRequest<QrCode>(code(qrCodeId), { signal })

export const createQrCode = (body: CreateQrCodeBody) =>
  apiRequest<QrCode>('/api/v1/qr-codes', { method: 'POST', body })

export const updateQrCode = (qrCodeId: string, body: UpdateQrCodeBody) =>
  apiRequest<QrCode>(code(qrCodeId), { method: 'PATCH', body })

export const archiveQrCode = (qrCodeId: string) => apiRequest<void>(code(qrCodeId), { method: 'DELETE' })

/** The saved code as a file; rendered (and rate-limited) by the server. */
export function downloadQrCode(qrCodeId: string, format: 'svg' | 'png' | 'pdf', size?: PngSize) {
  const params = new URLSearchParams({ format })
  // PNGs record 300 dpi, so print tools place them at a sensible physical size.
  if (format === 'png' && size) params.set('size', String(size))
  if (format === 'png') params.set('dpi', '300')
  return fetchFile(code(qrCodeId, `/download?${params}`))
}

export const downloadTableTent = (qrCodeId: string, paper: Paper) =>
  fetchFile(code(qrCodeId, `/table-tent?paper=${paper}`))

export interface PrintSheetOptions {
  paper: Paper
  perPage: PerPage
  cutMarks: boolean
  labels: boolean
}

/** Several codes on one PDF, `perPage` to a page, with their labels and cut marks if asked. */
export const downloadPrintSheet = (qrCodeIds: string[], options: PrintSheetOptions) =>
  fetchFile('/api/v1/qr-codes/print-sheet', {
    method: 'POST',
    body: {
      qrCodeIds,
      paper: options.paper,
      perPage: options.perPage,
      cutMarks: options.cutMarks,
      labels: options.labels,
    },
  })
