import type { DataExport } from './privacy-api.ts'

export const SCOPE_LABELS: Record<DataExport['scope'], string> = {
  user: 'Your data',
  tenant: 'Organisation data',
}

export const STATUS_LABELS: Record<DataExport['status'], string> = {
  queued: 'Waiting to start',
  running: 'Preparing',
  ready: 'Ready: check your e-mail',
  failed: 'Failed',
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })
export const formatWhen = (iso: string) => dateFormat.format(new Date(iso))

export function formatBytes(bytes: number | null): string {
  if (bytes === null) return ''
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}
