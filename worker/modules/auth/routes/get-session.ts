import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, jsonResponse } from '../../../lib/router.ts'
import { authenticate } from '../auth.middleware.ts'
import { Session } from '../auth.schemas.ts'
import { getSession as loadSession } from '../auth.service.ts'

const route = createRoute({
  method: 'get',
  path: '/auth/session',
  tags: ['Auth'],
  summary: 'The signed-in user, organisation and role',
  middleware: [authenticate] as const,
  responses: { 200: jsonResponse(Session, 'The current session'), ...errorResponses },
})

export const getSession = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => c.json(Session.parse(await loadSession(tenantCtx(c), c.var.sessionExpiresAt)), 200),
})
