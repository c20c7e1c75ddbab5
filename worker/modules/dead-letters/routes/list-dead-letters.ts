import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { errorResponses, jsonResponse } from '../../../lib/router.ts'
import { requirePlatformAdmin } from '../../admin/index.ts'
import { authenticate } from '../../auth/index.ts'
import { DeadLetterList, ListDeadLettersQuery } from '../dead-letters.schemas.ts'
import { listDeadLetters as list } from '../dead-letters.service.ts'

const route = createRoute({
  method: 'get',
  path: '/admin/dead-letters',
  tags: ['Platform admin'],
  summary: 'List messages that exhausted their retries (platform staff)',
  description:
    'Newest first, with each message body as it was queued. Filter by dead-letter queue, and by whether it was replayed.',
  middleware: [authenticate, requirePlatformAdmin] as const,
  request: { query: ListDeadLettersQuery },
  responses: { 200: jsonResponse(DeadLetterList, 'A page of dead letters'), ...errorResponses },
})

export const listDeadLetters = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => c.json(DeadLetterList.parse(await list(c.var.ctx, c.req.valid('query'))), 200),
})
