import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import { deleteCookie } from 'hono/cookie'
import type { AppEnv } from '../../../env.ts'
import { errorResponses } from '../../../lib/router.ts'
import { SESSION_COOKIE } from '../auth.sessions.ts'

const route = createRoute({
  method: 'delete',
  path: '/auth/session',
  tags: ['Auth'],
  summary: 'Sign out of this browser',
  responses: { 204: { description: 'Signed out; the cookie is cleared' }, ...errorResponses },
})

export const deleteSession = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: (c) => {
    deleteCookie(c, SESSION_COOKIE, { path: '/' })
    return c.body(null, 204)
  },
})
