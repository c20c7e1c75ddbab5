import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, IdParam } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { archiveField } from '../fields.service.ts'

const route = createRoute({
  method: 'delete',
  path: '/crm/fields/{crmFieldId}',
  tags: ['CRM custom fields'],
  summary: 'Archive a custom field',
  description:
    'Hides the field from forms, filters and validation. Stored values stay on the records and the key stays reserved.',
  middleware: [authenticate, requirePermission('crm.manage')] as const,
  request: { params: IdParam('crmFieldId', 'fld_01JD3Q9W2Z8K5V7M4N6P0R1S2T') },
  responses: { 204: { description: 'Archived' }, ...errorResponses },
})

export const archiveFieldRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    await archiveField(tenantCtx(c), c.req.valid('param').crmFieldId)
    return c.body(null, 204)
  },
})
