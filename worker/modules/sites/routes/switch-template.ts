import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, jsonBody, jsonResponse } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { SiteDetail, SiteIdParam, SwitchTemplateBody } from '../sites.schemas.ts'
import { switchSiteTemplate } from '../sites.service.ts'

const route = createRoute({
  method: 'post',
  path: '/sites/{siteId}/template',
  tags: ['Sites'],
  summary: "Switch the draft's template",
  description:
    "Keeps every section and every piece of text: sections follow the new template's order and look, and sections it has that the draft lacks are added switched off.",
  middleware: [authenticate, requirePermission('sites.edit')] as const,
  request: { params: SiteIdParam, body: jsonBody(SwitchTemplateBody) },
  responses: { 200: jsonResponse(SiteDetail, 'The site with its new draft'), ...errorResponses },
})

export const switchTemplate = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const { siteId } = c.req.valid('param')
    const site = await switchSiteTemplate(tenantCtx(c), siteId, c.req.valid('json').template)
    return c.json(SiteDetail.parse(site), 200)
  },
})
