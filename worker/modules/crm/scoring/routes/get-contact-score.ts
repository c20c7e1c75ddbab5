import { createRoute, defineOpenAPIRoute, z } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, IdParam, jsonResponse } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { ContactScore } from '../rules.schemas.ts'
import { getContactScore } from '../scoring.service.ts'

const route = createRoute({
  method: 'get',
  path: '/contacts/{contactId}/score',
  tags: ['Lead scoring'],
  summary: "A contact's lead score and why",
  description:
    'The stored score with one reason per rule that added or took points. With `explain=true` the score is computed now from the current rules (nothing is saved), e.g. right after the rules changed.',
  middleware: [authenticate, requirePermission('crm.read')] as const,
  request: {
    params: IdParam('contactId', 'con_01JD3Q9W2Z8K5V7M4N6P0R1S2T'),
    query: z.object({
      explain: z
        .enum(['true', 'false'])
        .optional()
        .openapi({ param: { name: 'explain', in: 'query' }, example: 'true' }),
    }),
  },
  responses: { 200: jsonResponse(ContactScore, 'The score and its reasons'), ...errorResponses },
})

export const getContactScoreRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const explain = c.req.valid('query').explain === 'true'
    const score = await getContactScore(tenantCtx(c), c.req.valid('param').contactId, explain)
    return c.json(ContactScore.parse(score), 200)
  },
})
