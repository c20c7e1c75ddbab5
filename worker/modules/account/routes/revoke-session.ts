import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { errorResponses, IdParam } from '../../../lib/router.ts'
import { authenticate, clearSessionCookies, requireUser, userActor } from '../../auth/index.ts'
import { revokeUserSession } from '../sessions.service.ts'

const route = createRoute({
  method: 'delete',
  path: '/auth/sessions/{sessionId}',
  tags: ['Account'],
  summary: 'Sign out one of your sessions',
  description: 'Its refresh token stops working at once. Ending the current session also clears its cookies.',
  middleware: [authenticate, requireUser] as const,
  request: { params: IdParam('sessionId', 'ses_01JD3Q9W2Z8K5V7M4N6P0R1S2T') },
  responses: { 204: { description: 'Signed out' }, ...errorResponses },
})

export const revokeSession = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const actor = userActor(c)
    const { sessionId } = c.req.valid('param')
    await revokeUserSession(c.var.ctx, actor, sessionId)
    if (sessionId === actor.sessionId) clearSessionCookies(c)
    return c.body(null, 204)
  },
})
