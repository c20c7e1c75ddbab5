import type {
  BulkUpdateLeadsBody,
  BulkUpdateResult,
  LeadDetail,
  UpdateLeadBody,
} from '../../../../worker/modules/leads/inbox/inbox.schemas.ts'
import type { Lead, LeadList } from '../../../../worker/modules/leads/leads.schemas.ts'
import { apiRequest } from '../../api/client.ts'
import { apiQuery, type LeadFilterValues } from './lead-filters.ts'

export type { BulkUpdateResult, Lead, LeadDetail, LeadList }
export type LeadChanges = UpdateLeadBody

export const PAGE_SIZE = 50

export function listLeads(filters: LeadFilterValues, cursor: string | null, signal?: AbortSignal) {
  const query = apiQuery(filters)
  query.set('limit', String(PAGE_SIZE))
  if (cursor) query.set('cursor', cursor)
  return apiRequest<LeadList>(`/api/v1/leads?${query}`, { signal })
}

export const getLead = (leadId: string, signal?: AbortSignal) =>
  apiRequest<LeadDetail>(`/api/v1/leads/${encodeURIComponent(leadId)}`, { signal })

export const updateLead = (leadId: string, body: LeadChanges) =>
  apiRequest<Lead>(`/api/v1/leads/${encodeURIComponent(leadId)}`, { method: 'PATCH', body })

export const bulkUpdateLeads = (body: BulkUpdateLeadsBody) =>
  apiRequest<BulkUpdateResult>('/api/v1/leads/bulk', { method: 'POST', body })

/** The CSV of what the list shows: the same filters, every page. */
export const exportUrl = (filters: LeadFilterValues) => {
  const query = apiQuery(filters).toString()
  return `/api/v1/leads/export.csv${query ? `?${query}` : ''}`
}
