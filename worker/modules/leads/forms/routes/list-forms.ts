import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, jsonResponse } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { FormSiteIdParam, LeadFormList, ListFormsQuery } from '../forms.schemas.ts'
import { listSiteForms } from '../forms.service.ts'

const route = createRoute({
  method: 'get',
  path: '/sites/{siteId}/forms',
  tags: ['Lead forms'],
  summary: "List a site's lead forms",
  description:
    "The forms a site's `lead_form` sections can show, oldest first. Archived forms only with `archived=true`.",
  middleware: [authenticate, requirePermission('sites.read')] as const,
  request: { params: FormSiteIdParam, query: ListFormsQuery },
  responses: { 200: jsonResponse(LeadFormList, "The site's forms"), ...errorResponses },
})

export const listForms = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const { siteId } = c.req.valid('param')
    const data = await listSiteForms(tenantCtx(c), siteId, { archived: c.req.valid('query').archived })
    return c.json(LeadFormList.parse({ data }), 200)
  },
})
