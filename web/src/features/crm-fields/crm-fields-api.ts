import type { z } from 'zod'
import type {
  CrmField,
  CrmFieldInput,
  CrmFieldList,
  CrmFieldPatch,
} from '../../../../worker/modules/crm/fields/fields.schemas.ts'
import type { CrmEntity } from '../../../../worker/modules/crm/fields/fields.tables.ts'
import { apiRequest } from '../../api/client.ts'

export type { CrmEntity, CrmField }
export type NewCrmField = z.input<typeof CrmFieldInput>
export type CrmFieldChanges = z.input<typeof CrmFieldPatch>

const enc = encodeURIComponent

/** The entity's live fields in display order: what record forms and filters show. */
export const listCrmFields = (entity: CrmEntity, signal?: AbortSignal) =>
  apiRequest<CrmFieldList>(`/api/v1/crm/fields?entity=${entity}`, { signal }).then((r) => r.items)

/** Live and archived, for the settings screen. */
export const listAllCrmFields = (entity: CrmEntity, signal?: AbortSignal) =>
  apiRequest<CrmFieldList>(`/api/v1/crm/fields?entity=${entity}&archived=true`, { signal }).then(
    (r) => r.items,
  )

export const createCrmField = (body: NewCrmField) =>
  apiRequest<CrmField>('/api/v1/crm/fields', { method: 'POST', body })

export const updateCrmField = (crmFieldId: string, body: CrmFieldChanges) =>
  apiRequest<CrmField>(`/api/v1/crm/fields/${enc(crmFieldId)}`, { method: 'PATCH', body })

export const archiveCrmField = (crmFieldId: string) =>
  apiRequest<void>(`/api/v1/crm/fields/${enc(crmFieldId)}`, { method: 'DELETE' })
