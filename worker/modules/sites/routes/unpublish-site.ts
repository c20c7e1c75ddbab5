import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, jsonResponse } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { unpublishSite as unpublish } from '../publishing.service.ts'
import { SiteDetail, SiteIdParam } from '../sites.schemas.ts'

const route = createRoute({
  method: 'post',
  path: '/sites/{siteId}/unpublish',
  tags: ['Sites'],
  summary: 'Take a site offline',
  description: 'Visitors get a 404 page; the draft and every version stay, ready to publish or restore.',
  middleware: [authenticate, requirePermission('sites.publish')] as const,
  request: { params: SiteIdParam },
  responses: { 200: jsonResponse(SiteDetail, 'The site, now unpublished'), ...errorResponses },
})

export const unpublishSite = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) =>
    c.json(SiteDetail.parse(await unpublish(tenantCtx(c), c.req.valid('param').siteId)), 200),
})
