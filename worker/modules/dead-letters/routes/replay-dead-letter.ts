import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { errorResponses, jsonResponse, problemDoc } from '../../../lib/router.ts'
import { requirePlatformAdmin } from '../../admin/index.ts'
import { authenticate, userActor } from '../../auth/index.ts'
import { DeadLetter, DeadLetterIdParam } from '../dead-letters.schemas.ts'
import { replayDeadLetter as replay } from '../dead-letters.service.ts'

const route = createRoute({
  method: 'post',
  path: '/admin/dead-letters/{deadLetterId}/replay',
  tags: ['Platform admin'],
  summary: 'Send a dead letter back to its queue (platform staff)',
  description:
    "Once per message: the consumer runs it again as if it were new (consumers are idempotent, so work already done is not repeated). Recorded in the tenant's audit log.",
  middleware: [authenticate, requirePlatformAdmin] as const,
  request: { params: DeadLetterIdParam },
  responses: {
    200: jsonResponse(DeadLetter, 'Back on its queue'),
    409: problemDoc('Replayed already'),
    503: problemDoc('The queue did not take the message'),
    ...errorResponses,
  },
})

export const replayDeadLetter = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) =>
    c.json(DeadLetter.parse(await replay(c.var.ctx, userActor(c), c.req.valid('param').deadLetterId)), 200),
})
