import type { Lead, LeadList } from '../../../worker/modules/leads/leads.schemas.ts'
import { apiRequest } from './client.ts'

export type { Lead, LeadList }

export const PAGE_SIZE = 50

export function listLeads(cursor: string | null, signal?: AbortSignal): Promise<LeadList> {
  const query = new URLSearchParams({ limit: String(PAGE_SIZE) })
  if (cursor) query.set('cursor', cursor)
  return apiRequest<LeadList>(`/api/v1/leads?${query}`, { signal })
}
