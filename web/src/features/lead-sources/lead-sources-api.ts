import type { z } from 'zod'
import type {
  CreateLeadSource,
  LeadSource,
  LeadSourceList,
  LeadSourceWithSecret,
  SourceDelivery,
  SourceDeliveryList,
  UpdateLeadSource,
} from '../../../../worker/modules/lead-sources/lead-sources.schemas.ts'
import { apiRequest } from '../../api/client.ts'

export type { LeadSource, LeadSourceWithSecret, SourceDelivery }
export type SourceKind = LeadSource['kind']
export type NewLeadSource = z.input<typeof CreateLeadSource>
export type LeadSourcePatch = z.input<typeof UpdateLeadSource>

const enc = encodeURIComponent

export const listLeadSources = (signal?: AbortSignal) =>
  apiRequest<LeadSourceList>('/api/v1/lead-sources', { signal }).then((r) => r.data)

export const getLeadSource = (sourceId: string, signal?: AbortSignal) =>
  apiRequest<LeadSource>(`/api/v1/lead-sources/${enc(sourceId)}`, { signal })

export const createLeadSource = (body: NewLeadSource) =>
  apiRequest<LeadSourceWithSecret>('/api/v1/lead-sources', { method: 'POST', body })

export const updateLeadSource = (sourceId: string, body: LeadSourcePatch) =>
  apiRequest<LeadSource>(`/api/v1/lead-sources/${enc(sourceId)}`, { method: 'PATCH', body })

export const archiveLeadSource = (sourceId: string) =>
  apiRequest<void>(`/api/v1/lead-sources/${enc(sourceId)}`, { method: 'DELETE' })

export const rotateLeadSourceSecret = (sourceId: string) =>
  apiRequest<LeadSourceWithSecret>(`/api/v1/lead-sources/${enc(sourceId)}/rotate-secret`, { method: 'POST' })

export function listDeliveries(sourceId: string, cursor: string | null, signal?: AbortSignal) {
  const params = new URLSearchParams({ limit: '25', ...(cursor ? { cursor } : {}) })
  return apiRequest<SourceDeliveryList>(`/api/v1/lead-sources/${enc(sourceId)}/deliveries?${params}`, {
    signal,
  })
}
