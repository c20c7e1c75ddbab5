import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, jsonBody, jsonResponse, problemDoc } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { CrmField, CrmFieldInput } from '../fields.schemas.ts'
import { createField } from '../fields.service.ts'

const route = createRoute({
  method: 'post',
  path: '/crm/fields',
  tags: ['CRM custom fields'],
  summary: 'Add a custom field',
  description:
    'Defines a field for contacts, companies or deals. `key` (`^[a-z][a-z0-9_]{0,39}$`) names the value in `customFields` and never changes; select and multi_select need `options`. At most 100 live fields per entity.',
  middleware: [authenticate, requirePermission('crm.manage')] as const,
  request: { body: jsonBody(CrmFieldInput) },
  responses: {
    201: jsonResponse(CrmField, 'The new field'),
    409: problemDoc('The key is taken for this entity, or the entity has 100 fields'),
    ...errorResponses,
  },
})

export const createFieldRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => c.json(CrmField.parse(await createField(tenantCtx(c), c.req.valid('json'))), 201),
})
