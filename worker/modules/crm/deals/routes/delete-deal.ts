import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, IdParam, jsonResponse } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { DealDeleted } from '../deals.schemas.ts'
import { deleteDeal } from '../update-deal.ts'

const route = createRoute({
  method: 'delete',
  path: '/deals/{dealId}',
  tags: ['Deals'],
  summary: 'Delete a deal (undoable for a while)',
  description:
    'The deal leaves the board, lists and reports at once. Until `undoExpiresAt`, `POST /crm/undo/{crmUndoId}` brings it back; then the daily purge removes it. Needs crm.delete.',
  middleware: [authenticate, requirePermission('crm.delete')] as const,
  request: { params: IdParam('dealId', 'deal_01JD3Q9W2Z8K5V7M4N6P0R1S2T') },
  responses: { 200: jsonResponse(DealDeleted, 'Deleted; how to undo it'), ...errorResponses },
})

export const deleteDealRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) =>
    c.json(DealDeleted.parse(await deleteDeal(tenantCtx(c), c.req.valid('param').dealId)), 200),
})
