import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, jsonResponse } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { FormIdParam, LeadForm } from '../forms.schemas.ts'
import { getForm as get } from '../forms.service.ts'

const route = createRoute({
  method: 'get',
  path: '/forms/{formId}',
  tags: ['Lead forms'],
  summary: 'Get a lead form',
  middleware: [authenticate, requirePermission('sites.read')] as const,
  request: { params: FormIdParam },
  responses: { 200: jsonResponse(LeadForm, 'The form'), ...errorResponses },
})

export const getForm = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => c.json(LeadForm.parse(await get(tenantCtx(c), c.req.valid('param').formId)), 200),
})
