import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, IdParam, jsonBody, jsonResponse, problemDoc } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { CrmField, CrmFieldPatch } from '../fields.schemas.ts'
import { updateField } from '../fields.service.ts'

const route = createRoute({
  method: 'patch',
  path: '/crm/fields/{crmFieldId}',
  tags: ['CRM custom fields'],
  summary: 'Change a custom field',
  description:
    'Relabel, make required, edit options, change the type (only while no record holds a value) or move it: `position` is the 0-based place among the entity’s live fields. The key cannot change.',
  middleware: [authenticate, requirePermission('crm.manage')] as const,
  request: {
    params: IdParam('crmFieldId', 'fld_01JD3Q9W2Z8K5V7M4N6P0R1S2T'),
    body: jsonBody(CrmFieldPatch),
  },
  responses: {
    200: jsonResponse(CrmField, 'The field'),
    409: problemDoc(
      'Records hold values of the old type, a removed option is in use, or the field is archived',
    ),
    ...errorResponses,
  },
})

export const updateFieldRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const { crmFieldId } = c.req.valid('param')
    return c.json(CrmField.parse(await updateField(tenantCtx(c), crmFieldId, c.req.valid('json'))), 200)
  },
})
