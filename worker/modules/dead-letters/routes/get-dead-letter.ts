import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { errorResponses, jsonResponse } from '../../../lib/router.ts'
import { requirePlatformAdmin } from '../../admin/index.ts'
import { authenticate } from '../../auth/index.ts'
import { DeadLetter, DeadLetterIdParam } from '../dead-letters.schemas.ts'
import { getDeadLetter as get } from '../dead-letters.service.ts'

const route = createRoute({
  method: 'get',
  path: '/admin/dead-letters/{deadLetterId}',
  tags: ['Platform admin'],
  summary: 'One dead letter with its message body (platform staff)',
  middleware: [authenticate, requirePlatformAdmin] as const,
  request: { params: DeadLetterIdParam },
  responses: { 200: jsonResponse(DeadLetter, 'The dead letter'), ...errorResponses },
})

export const getDeadLetter = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) =>
    c.json(DeadLetter.parse(await get(c.var.ctx, c.req.valid('param').deadLetterId)), 200),
})
