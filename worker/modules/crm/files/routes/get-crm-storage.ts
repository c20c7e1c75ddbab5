import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, jsonResponse } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { CrmStorage } from '../files.schemas.ts'
import { storageUsage } from '../storage-quota.ts'

const route = createRoute({
  method: 'get',
  path: '/crm/storage',
  tags: ['CRM files'],
  summary: "The organisation's CRM file storage: used and allowed by the plan",
  middleware: [authenticate, requirePermission('crm.read')] as const,
  responses: { 200: jsonResponse(CrmStorage, 'Bytes used and the limit'), ...errorResponses },
})

export const getCrmStorageRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => c.json(CrmStorage.parse(await storageUsage(tenantCtx(c))), 200),
})
