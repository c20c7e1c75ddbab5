import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, jsonBody, jsonResponse, problemDoc } from '../../../../lib/router.ts'
import { authenticate, requirePermission, requireUser, userActor } from '../../../auth/index.ts'
import { CrmView, CrmViewInput } from '../views.schemas.ts'
import { createView } from '../views.service.ts'

const route = createRoute({
  method: 'post',
  path: '/crm/views',
  tags: ['CRM views'],
  summary: 'Save a list view',
  description:
    'A named filter, sort and column set for the contacts, companies or deals list, visible only to you. The filter and sort must work with the current fields (400 naming the condition otherwise). At most 50 views per list (409).',
  middleware: [authenticate, requireUser, requirePermission('crm.read')] as const,
  request: { body: jsonBody(CrmViewInput) },
  responses: {
    201: jsonResponse(CrmView, 'The saved view'),
    409: problemDoc('You already keep the most views this list allows'),
    ...errorResponses,
  },
})

export const createViewRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) =>
    c.json(CrmView.parse(await createView(tenantCtx(c), userActor(c), c.req.valid('json'))), 201),
})
