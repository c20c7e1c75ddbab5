import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, jsonBody, jsonResponse, problemDoc } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { FormIdParam, LeadForm, UpdateFormBody } from '../forms.schemas.ts'
import { updateForm as update } from '../forms.service.ts'

const route = createRoute({
  method: 'patch',
  path: '/forms/{formId}',
  tags: ['Lead forms'],
  summary: 'Change a lead form',
  description:
    'Changes only what the body names; `fields` replaces the whole list, in its order. The same rules as on creation apply to the result. Live pages show the change at once.',
  middleware: [authenticate, requirePermission('forms.manage')] as const,
  request: { params: FormIdParam, body: jsonBody(UpdateFormBody) },
  responses: {
    200: jsonResponse(LeadForm, 'The changed form'),
    409: problemDoc('The form is archived'),
    ...errorResponses,
  },
})

export const updateForm = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const form = await update(tenantCtx(c), c.req.valid('param').formId, c.req.valid('json'))
    return c.json(LeadForm.parse(form), 200)
  },
})
