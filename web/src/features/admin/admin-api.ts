import type { AdminTenant, AdminTenantList } from '../../../../worker/modules/admin/admin.schemas.ts'
import { apiRequest } from '../../api/client.ts'

export type { AdminTenant }
export type TenantStatus = AdminTenant['status']

export interface TenantSearch {
  q: string
  status: TenantStatus | ''
}

export function listTenants(search: TenantSearch, cursor: string | null, signal?: AbortSignal) {
  const query = new URLSearchParams({ limit: '25' })
  if (search.q.trim()) query.set('q', search.q.trim())
  if (search.status) query.set('status', search.status)
  if (cursor) query.set('cursor', cursor)
  return apiRequest<AdminTenantList>(`/api/v1/admin/tenants?${query}`, { signal })
}

const tenantPath = (tenantId: string, action: string) =>
  `/api/v1/admin/tenants/${encodeURIComponent(tenantId)}/${action}`

export const suspendTenant = (tenantId: string, reason: string) =>
  apiRequest<AdminTenant>(tenantPath(tenantId, 'suspend'), { method: 'POST', body: { reason } })

export const reactivateTenant = (tenantId: string) =>
  apiRequest<AdminTenant>(tenantPath(tenantId, 'reactivate'), { method: 'POST' })

export const restoreTenant = (tenantId: string) =>
  apiRequest<AdminTenant>(tenantPath(tenantId, 'restore'), { method: 'POST' })

/** Swaps this browser's session for one as the tenant's owner (cookies); the page reloads after. */
export const impersonateOwner = (tenantId: string, reason: string) =>
  apiRequest<unknown>(tenantPath(tenantId, 'impersonate'), { method: 'POST', body: { reason } })
