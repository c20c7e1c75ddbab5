import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, jsonResponse } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { SiteList } from '../sites.schemas.ts'
import { listSites as list } from '../sites.service.ts'

const route = createRoute({
  method: 'get',
  path: '/sites',
  tags: ['Sites'],
  summary: "List the organisation's branch sites",
  description: "With each one's template and status; members limited to some branches see only theirs.",
  middleware: [authenticate, requirePermission('sites.read')] as const,
  responses: { 200: jsonResponse(SiteList, 'Sites, by brand and branch'), ...errorResponses },
})

export const listSites = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => c.json(SiteList.parse({ data: await list(tenantCtx(c)) }), 200),
})
