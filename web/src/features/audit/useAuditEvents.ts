import { usePages } from '../../app/usePages.ts'
import { type AuditFilterValues, listAuditEvents } from './audit-api.ts'

/** Pages of the log for one set of filters; new filters start over from the newest event. */
export function useAuditEvents(filters: AuditFilterValues, onUnauthorized: () => void) {
  const { items, ...pages } = usePages(filters, listAuditEvents, onUnauthorized)
  return { events: items, ...pages }
}
