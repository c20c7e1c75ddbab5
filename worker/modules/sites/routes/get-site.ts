import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, jsonResponse } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { SiteDetail, SiteIdParam } from '../sites.schemas.ts'
import { getSiteDetail } from '../sites.service.ts'

const route = createRoute({
  method: 'get',
  path: '/sites/{siteId}',
  tags: ['Sites'],
  summary: 'Get a site with its draft',
  description:
    'The draft is what the builder edits: until its first edit it is the live content, or a starter template when nothing was published.',
  middleware: [authenticate, requirePermission('sites.read')] as const,
  request: { params: SiteIdParam },
  responses: { 200: jsonResponse(SiteDetail, 'The site'), ...errorResponses },
})

export const getSite = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) =>
    c.json(SiteDetail.parse(await getSiteDetail(tenantCtx(c), c.req.valid('param').siteId)), 200),
})
