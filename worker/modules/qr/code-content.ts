// What the printed code says: our short link for dynamic codes, the content itself for static ones.
import type { QrCodeRow } from './qr.repo.ts'
import { shortUrl } from './short-url.ts'
import { staticContent } from './static/encode.ts'

export function codeContent(origin: string, row: Pick<QrCodeRow, 'kind' | 'code' | 'payload'>): string {
  if (row.kind === 'dynamic') return shortUrl(origin, row.code)
  if (!row.payload) throw new Error(`Static QR code ${row.code} has no payload`)
  return staticContent(row.payload)
}
