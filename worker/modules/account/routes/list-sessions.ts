import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { errorResponses, jsonResponse } from '../../../lib/router.ts'
import { authenticate, requireUser, userActor } from '../../auth/index.ts'
import { SessionList } from '../account.schemas.ts'
import { listUserSessions } from '../sessions.service.ts'

const route = createRoute({
  method: 'get',
  path: '/auth/sessions',
  tags: ['Account'],
  summary: 'Your signed-in browsers and clients',
  middleware: [authenticate, requireUser] as const,
  responses: { 200: jsonResponse(SessionList, 'Live sessions, most recently used first'), ...errorResponses },
})

export const listSessions = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) =>
    c.json(SessionList.parse({ sessions: await listUserSessions(c.var.ctx, userActor(c)) }), 200),
})
