import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, jsonResponse } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { CrmFieldList, CrmFieldListQuery } from '../fields.schemas.ts'
import { listFields } from '../fields.service.ts'

const route = createRoute({
  method: 'get',
  path: '/crm/fields',
  tags: ['CRM custom fields'],
  summary: 'List custom fields',
  description:
    'The tenant’s custom field definitions in display order, for one `entity` (contact, company, deal) or all. Archived fields only with `archived=true`.',
  middleware: [authenticate, requirePermission('crm.read')] as const,
  request: { query: CrmFieldListQuery },
  responses: { 200: jsonResponse(CrmFieldList, 'The fields'), ...errorResponses },
})

export const listFieldsRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) =>
    c.json(CrmFieldList.parse({ items: await listFields(tenantCtx(c), c.req.valid('query')) }), 200),
})
