import { z } from '@hono/zod-openapi'
import type { dataExports } from './privacy.tables.ts'

export const EXPORT_SCOPES = ['user', 'tenant'] as const

export const RequestExportBody = z
  .strictObject({
    scope: z.enum(EXPORT_SCOPES).openapi({
      description:
        '`user`: your own account (profile, memberships, sessions, passkeys, audit events about you). `tenant`: the whole organisation, owners only.',
    }),
  })
  .openapi('RequestExportBody')
export type RequestExportBody = z.infer<typeof RequestExportBody>

export const DataExport = z
  .object({
    id: z.string().openapi({ example: 'exp_01JD3Q9W2Z8K5V7M4N6P0R1S2T' }),
    scope: z.enum(EXPORT_SCOPES),
    status: z.enum(['queued', 'running', 'ready', 'failed']),
    progress: z.number().int().min(0).max(100),
    bytes: z.number().int().nullable(),
    error: z.string().nullable(),
    createdAt: z.string(),
    completedAt: z.string().nullable(),
  })
  .openapi('DataExport')
export type DataExport = z.infer<typeof DataExport>

export const DataExportList = z.object({ data: z.array(DataExport) }).openapi('DataExportList')
export type DataExportList = z.infer<typeof DataExportList>

export const DownloadQuery = z.object({
  expires: z
    .string()
    .regex(/^\d{1,12}$/, 'expires is a Unix time in seconds')
    .openapi({ param: { name: 'expires', in: 'query' }, example: '1767225600' }),
  signature: z
    .string()
    .max(128)
    .openapi({ param: { name: 'signature', in: 'query' }, example: '9f2c…' }),
})

/** The organisation's exact name, typed again, so a stray click cannot delete it. */
export const DeleteTenantBody = z
  .strictObject({ confirm: z.string().max(200).openapi({ example: 'Demo Trattoria' }) })
  .openapi('DeleteTenantBody')
export type DeleteTenantBody = z.infer<typeof DeleteTenantBody>

export const TenantDeletion = z
  .object({
    tenantId: z.string(),
    status: z.literal('deleted'),
    deletedAt: z.string(),
    purgeAfter: z.string().openapi({ description: 'Everything is erased after this moment' }),
  })
  .openapi('TenantDeletion')
export type TenantDeletion = z.infer<typeof TenantDeletion>

export function toDataExport(row: typeof dataExports.$inferSelect): DataExport {
  return {
    id: row.id,
    scope: row.scope,
    status: row.status,
    progress: row.progress,
    bytes: row.bytes,
    error: row.error,
    createdAt: row.createdAt.toISOString(),
    completedAt: row.completedAt?.toISOString() ?? null,
  }
}
