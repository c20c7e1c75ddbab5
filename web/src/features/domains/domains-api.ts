import type {
  CreateDomainBody,
  Domain,
  DomainList,
} from '../../../../worker/modules/domains/domains.schemas.ts'
import { apiRequest } from '../../api/client.ts'

export type { Domain }
export type DnsRecord = Domain['records'][number]

/** Only what the add form needs of brands and branches (their own screens own the full shapes). */
export interface BrandChoice {
  id: string
  name: string
}
export interface BranchChoice {
  id: string
  name: string
  archivedAt?: string | null
}

export const listDomains = (signal?: AbortSignal) => apiRequest<DomainList>('/api/v1/domains', { signal })

export const addDomain = (body: CreateDomainBody) =>
  apiRequest<Domain>('/api/v1/domains', { method: 'POST', body })

export const checkDomain = (hostnameId: string) =>
  apiRequest<Domain>(`/api/v1/domains/${encodeURIComponent(hostnameId)}/check`, { method: 'POST', body: {} })

export const removeDomain = (hostnameId: string) =>
  apiRequest<void>(`/api/v1/domains/${encodeURIComponent(hostnameId)}`, { method: 'DELETE' })

export const listBrands = (signal?: AbortSignal) =>
  apiRequest<{ data: BrandChoice[] }>('/api/v1/brands', { signal }).then((r) => r.data)

export const listBranches = (brandId: string, signal?: AbortSignal) =>
  apiRequest<{ data: BranchChoice[] }>(`/api/v1/branches?brandId=${encodeURIComponent(brandId)}`, {
    signal,
  }).then((r) => r.data.filter((b) => !b.archivedAt))
