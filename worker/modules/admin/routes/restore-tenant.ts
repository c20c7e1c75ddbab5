import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { errorResponses, jsonResponse } from '../../../lib/router.ts'
import { authenticate, userActor } from '../../auth/index.ts'
import { requirePlatformAdmin } from '../admin.middleware.ts'
import { AdminTenant, TenantIdParam } from '../admin.schemas.ts'
import { restoreTenant as restore } from '../admin.service.ts'
import { conflictResponse, goneResponse } from './responses.ts'

const route = createRoute({
  method: 'post',
  path: '/admin/tenants/{tenantId}/restore',
  tags: ['Platform admin'],
  summary: 'Undo the deletion of an organisation (platform staff)',
  description:
    'Within the 30-day grace period only. Sessions, API keys and invitations revoked by the deletion stay revoked: members sign in again.',
  middleware: [authenticate, requirePlatformAdmin] as const,
  request: { params: TenantIdParam },
  responses: {
    200: jsonResponse(AdminTenant, 'Restored'),
    ...conflictResponse,
    ...goneResponse,
    ...errorResponses,
  },
})

export const restoreTenant = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) =>
    c.json(AdminTenant.parse(await restore(c.var.ctx, userActor(c), c.req.valid('param').tenantId)), 200),
})
