import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { errorResponses } from '../../../lib/router.ts'
import { clearSessionCookies } from '../auth.cookies.ts'
import { authenticate, requireUser, userActor } from '../auth.middleware.ts'
import { signOut } from '../auth.service.ts'

const route = createRoute({
  method: 'delete',
  path: '/auth/session',
  tags: ['Auth'],
  summary: 'Sign out of this browser or client',
  description: 'Revokes the current session, so its refresh token stops working, and clears the cookies.',
  middleware: [authenticate, requireUser] as const,
  responses: { 204: { description: 'Signed out' }, ...errorResponses },
})

export const deleteSession = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    await signOut(c.var.ctx, userActor(c))
    clearSessionCookies(c)
    return c.body(null, 204)
  },
})
