import { z } from '@hono/zod-openapi'
import { TokenDelivery } from '../auth/auth.schemas.ts'
import { TENANT_STATUSES } from '../tenants/tenants.tables.ts'

export const ListTenantsQuery = z.object({
  q: z
    .string()
    .trim()
    .max(100)
    .optional()
    .openapi({ description: 'Part of the name, or a whole tenant id', example: 'Trattoria' }),
  status: z.enum(TENANT_STATUSES).optional(),
  cursor: z.string().max(64).optional().openapi({ description: 'nextCursor from the previous page' }),
  limit: z.coerce.number().int().min(1).max(100).default(25),
})
export type ListTenantsQuery = z.infer<typeof ListTenantsQuery>

export const AdminTenant = z
  .object({
    id: z.string().openapi({ example: 'ten_01JD3Q9W2Z8K5V7M4N6P0R1S2T' }),
    name: z.string(),
    planId: z.string(),
    status: z.enum(TENANT_STATUSES),
    members: z.number().int(),
    ownerEmail: z.string().nullable(),
    suspendedReason: z.string().nullable(),
    deletedAt: z.string().nullable(),
    purgeAfter: z.string().nullable().openapi({
      description: 'Set while a deleted organisation can still be restored; null once purged',
    }),
    createdAt: z.string(),
  })
  .openapi('AdminTenant')
export type AdminTenant = z.infer<typeof AdminTenant>

export const AdminTenantList = z
  .object({ data: z.array(AdminTenant), nextCursor: z.string().nullable() })
  .openapi('AdminTenantList')
export type AdminTenantList = z.infer<typeof AdminTenantList>

const Reason = z
  .string()
  .trim()
  .min(3, 'Give a reason; it is kept in the audit log')
  .max(500)
  .openapi({ example: 'Chargeback investigation #4411' })

export const SuspendTenantBody = z.strictObject({ reason: Reason }).openapi('SuspendTenantBody')

export const ImpersonateBody = z
  .strictObject({ reason: Reason, tokenDelivery: TokenDelivery })
  .openapi('ImpersonateBody')

export const TenantIdParam = z.object({
  tenantId: z
    .string()
    .min(1)
    .max(64)
    .openapi({ param: { name: 'tenantId', in: 'path' }, example: 'ten_01JD3Q9W2Z8K5V7M4N6P0R1S2T' }),
})
