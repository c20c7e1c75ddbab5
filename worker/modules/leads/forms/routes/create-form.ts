import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, jsonBody, jsonResponse, problemDoc } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { CreateFormBody, FormSiteIdParam, LeadForm } from '../forms.schemas.ts'
import { createForm as create } from '../forms.service.ts'

const route = createRoute({
  method: 'post',
  path: '/sites/{siteId}/forms',
  tags: ['Lead forms'],
  summary: 'Create a lead form',
  description:
    'Field keys are unique; `name`, `email`, `phone` and `message` fill the contact and must be of type text, email, phone and textarea. A form needs a `name` field and an `email` or `phone` field. Selects need options and patterns must compile; each problem comes back as a 400 naming the field. Rules that do not apply to a field type are dropped.',
  middleware: [authenticate, requirePermission('forms.manage')] as const,
  request: { params: FormSiteIdParam, body: jsonBody(CreateFormBody) },
  responses: {
    201: jsonResponse(LeadForm, 'The new form'),
    402: problemDoc('The site already has the most forms it may have'),
    ...errorResponses,
  },
})

export const createForm = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const form = await create(tenantCtx(c), c.req.valid('param').siteId, c.req.valid('json'))
    return c.json(LeadForm.parse(form), 201)
  },
})
