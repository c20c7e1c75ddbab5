import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { errorResponses, jsonBody, jsonResponse } from '../../../lib/router.ts'
import { authenticate, userActor } from '../../auth/index.ts'
import { requirePlatformAdmin } from '../admin.middleware.ts'
import { AdminTenant, SuspendTenantBody, TenantIdParam } from '../admin.schemas.ts'
import { suspendTenant as suspend } from '../admin.service.ts'
import { conflictResponse } from './responses.ts'

const route = createRoute({
  method: 'post',
  path: '/admin/tenants/{tenantId}/suspend',
  tags: ['Platform admin'],
  summary: 'Suspend an organisation (platform staff)',
  description:
    'Members are refused from their next request, API keys stop working and the microsites go offline. The reason is kept in the audit log.',
  middleware: [authenticate, requirePlatformAdmin] as const,
  request: { params: TenantIdParam, body: jsonBody(SuspendTenantBody) },
  responses: { 200: jsonResponse(AdminTenant, 'Suspended'), ...conflictResponse, ...errorResponses },
})

export const suspendTenant = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const tenant = await suspend(
      c.var.ctx,
      userActor(c),
      c.req.valid('param').tenantId,
      c.req.valid('json').reason,
    )
    return c.json(AdminTenant.parse(tenant), 200)
  },
})
