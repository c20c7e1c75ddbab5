import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, IdParam, jsonResponse } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { loadBoard } from '../board.ts'
import { Board, BoardQuery } from '../deals.schemas.ts'

const route = createRoute({
  method: 'get',
  path: '/pipelines/{pipelineId}/board',
  tags: ['Deals'],
  summary: "A pipeline's kanban board",
  description:
    "Each stage with its first `limit` deals by position, its deal count, and per currency the total amount and the weighted amount (amount × the stage's win probability). Only the deals you may see count. `ownerUserId` narrows it to one owner's deals.",
  middleware: [authenticate, requirePermission('crm.read')] as const,
  request: { params: IdParam('pipelineId', 'pipe_01JD3Q9W2Z8K5V7M4N6P0R1S2T'), query: BoardQuery },
  responses: { 200: jsonResponse(Board, 'The board'), ...errorResponses },
})

export const getBoardRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) =>
    c.json(
      Board.parse(await loadBoard(tenantCtx(c), c.req.valid('param').pipelineId, c.req.valid('query'))),
      200,
    ),
})
