import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, IdParam, jsonResponse, problemDoc } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { UndoResult } from '../bulk.schemas.ts'
import { undoChange as undo } from '../undo.service.ts'

const route = createRoute({
  method: 'post',
  path: '/crm/undo/{crmUndoId}',
  tags: ['CRM'],
  summary: 'Undo a bulk change or a delete',
  description:
    'Puts the changed fields of every record back as they were (deleted records come back). Only within ten minutes of the change (410 after), once (409 when already undone), by whoever made it or an owner or admin (403). Fields edited again in between are set back too.',
  middleware: [authenticate, requirePermission('crm.write')] as const,
  request: { params: IdParam('crmUndoId', 'undo_01JD3Q9W2Z8K5V7M4N6P0R1S2T') },
  responses: {
    200: jsonResponse(UndoResult, 'The records are as they were'),
    409: problemDoc('Already undone, or a newer record now holds the same identity'),
    410: problemDoc('The undo window has ended'),
    ...errorResponses,
  },
})

export const undoChange = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) =>
    c.json(UndoResult.parse(await undo(tenantCtx(c), c.req.valid('param').crmUndoId)), 200),
})
