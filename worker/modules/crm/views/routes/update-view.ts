import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, IdParam, jsonBody, jsonResponse } from '../../../../lib/router.ts'
import { authenticate, requirePermission, requireUser, userActor } from '../../../auth/index.ts'
import { CrmView, CrmViewPatch } from '../views.schemas.ts'
import { updateView } from '../views.service.ts'

const route = createRoute({
  method: 'patch',
  path: '/crm/views/{crmViewId}',
  tags: ['CRM views'],
  summary: 'Rename or change a saved view',
  description: "Only your own views; someone else's is not found.",
  middleware: [authenticate, requireUser, requirePermission('crm.read')] as const,
  request: {
    params: IdParam('crmViewId', 'view_01JD3Q9W2Z8K5V7M4N6P0R1S2T'),
    body: jsonBody(CrmViewPatch),
  },
  responses: { 200: jsonResponse(CrmView, 'The view as it is now'), ...errorResponses },
})

export const updateViewRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const { crmViewId } = c.req.valid('param')
    const view = await updateView(tenantCtx(c), userActor(c), crmViewId, c.req.valid('json'))
    return c.json(CrmView.parse(view), 200)
  },
})
