import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, jsonResponse } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { createPreviewLink as create } from '../preview.service.ts'
import { PreviewLink, SiteIdParam } from '../sites.schemas.ts'

const route = createRoute({
  method: 'post',
  path: '/sites/{siteId}/preview-link',
  tags: ['Sites'],
  summary: 'Share a preview of the draft',
  description:
    'A secret link that shows the current draft to anyone holding it, without signing in, for 7 days. Its address is shown only now; creating another replaces it.',
  middleware: [authenticate, requirePermission('sites.edit')] as const,
  request: { params: SiteIdParam },
  responses: { 201: jsonResponse(PreviewLink, 'The link'), ...errorResponses },
})

export const createPreviewLink = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) =>
    c.json(PreviewLink.parse(await create(tenantCtx(c), c.req.valid('param').siteId)), 201),
})
