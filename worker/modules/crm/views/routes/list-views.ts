import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, jsonResponse } from '../../../../lib/router.ts'
import { authenticate, requirePermission, requireUser, userActor } from '../../../auth/index.ts'
import { CrmViewList, ListCrmViewsQuery } from '../views.schemas.ts'
import { listViews } from '../views.service.ts'

const route = createRoute({
  method: 'get',
  path: '/crm/views',
  tags: ['CRM views'],
  summary: 'Your saved list views',
  description: 'Saved views are personal: only yours are listed, by list and name.',
  middleware: [authenticate, requireUser, requirePermission('crm.read')] as const,
  request: { query: ListCrmViewsQuery },
  responses: { 200: jsonResponse(CrmViewList, 'Your views'), ...errorResponses },
})

export const listViewsRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const items = await listViews(tenantCtx(c), userActor(c), c.req.valid('query').entity)
    return c.json(CrmViewList.parse({ items }), 200)
  },
})
