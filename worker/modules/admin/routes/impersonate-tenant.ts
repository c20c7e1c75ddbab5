import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { errorResponses, jsonBody, jsonResponse } from '../../../lib/router.ts'
import { authenticate, deliverSession, revokeSession, SignedIn, userActor } from '../../auth/index.ts'
import { requirePlatformAdmin } from '../admin.middleware.ts'
import { ImpersonateBody, TenantIdParam } from '../admin.schemas.ts'
import { impersonateOwner } from '../admin.service.ts'
import { conflictResponse } from './responses.ts'

const route = createRoute({
  method: 'post',
  path: '/admin/tenants/{tenantId}/impersonate',
  tags: ['Platform admin'],
  summary: "Act as an organisation's owner for support (platform staff)",
  description:
    "Opens an hour-long session as the owner, marked with you as impersonator; every action in it is audited with both. With cookies (the dashboard) the browser's own session is replaced and ended, so it now acts as the owner; sign out to end the support session.",
  middleware: [authenticate, requirePlatformAdmin] as const,
  request: { params: TenantIdParam, body: jsonBody(ImpersonateBody) },
  responses: { 201: jsonResponse(SignedIn, 'Acting as the owner'), ...conflictResponse, ...errorResponses },
})

export const impersonateTenant = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const admin = userActor(c)
    const { reason, tokenDelivery } = c.req.valid('json')
    const issued = await impersonateOwner(c.var.ctx, admin, c.req.valid('param').tenantId, reason)
    // The cookies now carry the owner's session; the admin's own would linger unreachable.
    if (tokenDelivery === 'cookie') await revokeSession(c.var.ctx, admin.userId, admin.sessionId)
    return c.json(SignedIn.parse(deliverSession(c, issued, tokenDelivery)), 201)
  },
})
