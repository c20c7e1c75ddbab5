import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { errorResponses, jsonResponse } from '../../../lib/router.ts'
import { authenticate, userActor } from '../../auth/index.ts'
import { requirePlatformAdmin } from '../admin.middleware.ts'
import { AdminTenant, TenantIdParam } from '../admin.schemas.ts'
import { reactivateTenant as reactivate } from '../admin.service.ts'
import { conflictResponse } from './responses.ts'

const route = createRoute({
  method: 'post',
  path: '/admin/tenants/{tenantId}/reactivate',
  tags: ['Platform admin'],
  summary: 'Lift a suspension (platform staff)',
  middleware: [authenticate, requirePlatformAdmin] as const,
  request: { params: TenantIdParam },
  responses: { 200: jsonResponse(AdminTenant, 'Active again'), ...conflictResponse, ...errorResponses },
})

export const reactivateTenant = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) =>
    c.json(AdminTenant.parse(await reactivate(c.var.ctx, userActor(c), c.req.valid('param').tenantId)), 200),
})
