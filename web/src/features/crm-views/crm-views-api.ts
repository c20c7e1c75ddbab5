import type { CrmEntity } from '../../../../worker/modules/crm/fields/fields.tables.ts'
import type { CrmFilter, CrmSort } from '../../../../worker/modules/crm/filters/filter.schemas.ts'
import type {
  CrmView,
  CrmViewInput,
  CrmViewList,
  CrmViewPatch,
} from '../../../../worker/modules/crm/views/views.schemas.ts'
import { apiRequest } from '../../api/client.ts'

export type { CrmEntity, CrmFilter, CrmSort, CrmView }

const enc = encodeURIComponent

/** The signed-in member's own saved views of one list. */
export const listViews = (entity: CrmEntity, signal?: AbortSignal) =>
  apiRequest<CrmViewList>(`/api/v1/crm/views?entity=${entity}`, { signal }).then((r) => r.items)

export const createView = (body: CrmViewInput) =>
  apiRequest<CrmView>('/api/v1/crm/views', { method: 'POST', body })

export const updateView = (crmViewId: string, body: CrmViewPatch) =>
  apiRequest<CrmView>(`/api/v1/crm/views/${enc(crmViewId)}`, { method: 'PATCH', body })

export const deleteView = (crmViewId: string) =>
  apiRequest<void>(`/api/v1/crm/views/${enc(crmViewId)}`, { method: 'DELETE' })
