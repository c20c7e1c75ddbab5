import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, IdParam, problemDoc } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { announceDeal } from '../deal-events.ts'
import { DeleteStageQuery } from '../pipelines.schemas.ts'
import { deleteStage } from '../stages.service.ts'

/** Boards reload on any deal event of their pipeline; a few events say it as well as thousands. */
const ANNOUNCED_MOVES = 20

const route = createRoute({
  method: 'delete',
  path: '/stages/{stageId}',
  tags: ['Deals'],
  summary: 'Remove a stage',
  description:
    'A stage holding deals is removed only with `moveToStageId`, another stage of the same pipeline: its deals move there (each move in their history; automations do not run for them). Without it, 409. A pipeline keeps at least one stage. Needs crm.manage.',
  middleware: [authenticate, requirePermission('crm.manage')] as const,
  request: { params: IdParam('stageId', 'stg_01JD3Q9W2Z8K5V7M4N6P0R1S2T'), query: DeleteStageQuery },
  responses: {
    204: { description: 'Removed' },
    409: problemDoc('The stage holds deals and no stage was named to take them, or it is the last one'),
    ...errorResponses,
  },
})

export const deleteStageRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const ctx = tenantCtx(c)
    const moved = await deleteStage(ctx, c.req.valid('param').stageId, c.req.valid('query').moveToStageId)
    await Promise.all(moved.slice(0, ANNOUNCED_MOVES).map((deal) => announceDeal(ctx, 'moved', deal)))
    return c.body(null, 204)
  },
})
