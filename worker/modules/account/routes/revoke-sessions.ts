import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { errorResponses, jsonResponse } from '../../../lib/router.ts'
import { authenticate, clearSessionCookies, requireUser, userActor } from '../../auth/index.ts'
import { RevokedSessions, RevokeSessionsQuery } from '../account.schemas.ts'
import { signOutEverywhere } from '../sessions.service.ts'

const route = createRoute({
  method: 'delete',
  path: '/auth/sessions',
  tags: ['Account'],
  summary: 'Sign out everywhere else',
  description:
    'Ends every other session of the account, in every organisation. With `includeCurrent=true` this one ends too.',
  middleware: [authenticate, requireUser] as const,
  request: { query: RevokeSessionsQuery },
  responses: { 200: jsonResponse(RevokedSessions, 'Sessions ended'), ...errorResponses },
})

export const revokeSessions = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const { includeCurrent } = c.req.valid('query')
    const revoked = await signOutEverywhere(c.var.ctx, userActor(c), includeCurrent)
    if (includeCurrent) clearSessionCookies(c)
    return c.json({ revoked }, 200)
  },
})
