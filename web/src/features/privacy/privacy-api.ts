import type {
  DataExport,
  DataExportList,
  RequestExportBody,
  TenantDeletion,
} from '../../../../worker/modules/privacy/privacy.schemas.ts'
import { apiRequest } from '../../api/client.ts'

export type { DataExport, TenantDeletion }
export type ExportScope = RequestExportBody['scope']

export const listExports = (signal?: AbortSignal) =>
  apiRequest<DataExportList>('/api/v1/privacy/exports', { signal })

export const requestExport = (scope: ExportScope) =>
  apiRequest<DataExport>('/api/v1/privacy/exports', { method: 'POST', body: { scope } })

export const deleteOrganisation = (confirm: string) =>
  apiRequest<TenantDeletion>('/api/v1/tenant', { method: 'DELETE', body: { confirm } })
