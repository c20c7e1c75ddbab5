import { createRoute, defineOpenAPIRoute, z } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses } from '../../../lib/router.ts'
import { recordView } from '../../analytics/index.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { previewDraft } from '../preview.service.ts'
import { PreviewQuery, SiteIdParam } from '../sites.schemas.ts'

const route = createRoute({
  method: 'get',
  path: '/sites/{siteId}/preview',
  tags: ['Sites'],
  summary: "Render a site's draft",
  description:
    'The draft as visitors would see it, in `lang` or the default language: not indexed, forms switched off. The dashboard shows it in a frame on the same origin.',
  middleware: [authenticate, requirePermission('sites.read')] as const,
  request: { params: SiteIdParam, query: PreviewQuery },
  responses: {
    200: { content: { 'text/html': { schema: z.string() } }, description: 'The page' },
    ...errorResponses,
  },
})

export const previewSite = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const page = await previewDraft(tenantCtx(c), c.req.valid('param').siteId, c.req.valid('query').lang)
    recordView(c.var.ctx, c.req.raw, page.page, { preview: true, path: null })
    // Framed by the builder: the app's blanket DENY gives way to same-origin framing here only.
    return c.html(page.html, 200, {
      'content-security-policy': page.csp,
      'x-frame-options': 'SAMEORIGIN',
      'x-robots-tag': 'noindex',
      'cache-control': 'no-store',
    })
  },
})
