// Words and numbers for the bulk screen. Pure.
import type { QrBatch } from './bulk-api.ts'

const sizeFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 })
const whenFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })

export function formatBytes(bytes: number | null): string {
  if (bytes === null) return ''
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${sizeFormat.format(bytes / 1024)} KB`
  return `${sizeFormat.format(bytes / (1024 * 1024))} MB`
}

export const formatWhen = (iso: string) => whenFormat.format(new Date(iso))

export const STATUS_LABELS: Record<QrBatch['status'], string> = {
  queued: 'Waiting',
  running: 'Building',
  done: 'Ready',
  failed: 'Failed',
}

/** A header and two rows: what a CSV of placements looks like, offered as a file to start from. */
export const SAMPLE_CSV =
  'label,placement,branch,target_url\r\n' +
  'Table 4,table 4,main-branch,\r\n' +
  'Window poster,shop window,main-branch,https://example.com/offer\r\n'

export const sampleCsvHref = () => `data:text/csv;charset=utf-8,${encodeURIComponent(SAMPLE_CSV)}`
