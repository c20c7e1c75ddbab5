import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { errorResponses, jsonBody, jsonResponse } from '../../../lib/router.ts'
import { authenticate, requireUser, SignedIn, setAccessCookie, userActor } from '../../auth/index.ts'
import { SwitchTenantBody } from '../account.schemas.ts'
import { switchTenant as switchTo } from '../switch-tenant.service.ts'

const route = createRoute({
  method: 'post',
  path: '/auth/session/tenant',
  tags: ['Auth'],
  summary: 'Switch the session to another of your organisations',
  description:
    'Needs a membership in that organisation (404 otherwise). Sets a new access cookie; with `tokenDelivery: "body"` the new access token is returned too. The refresh token is unchanged.',
  middleware: [authenticate, requireUser] as const,
  request: { body: jsonBody(SwitchTenantBody) },
  responses: { 200: jsonResponse(SignedIn, 'The session, now in that organisation'), ...errorResponses },
})

export const switchTenant = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const { tenantId, tokenDelivery } = c.req.valid('json')
    const { session, accessToken } = await switchTo(c.var.ctx, userActor(c), tenantId)
    setAccessCookie(c, accessToken)
    return c.json(tokenDelivery === 'body' ? { ...session, accessToken } : session, 200)
  },
})
