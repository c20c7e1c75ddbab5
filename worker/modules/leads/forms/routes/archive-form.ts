import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { FormIdParam } from '../forms.schemas.ts'
import { archiveForm as archive } from '../forms.service.ts'

const route = createRoute({
  method: 'delete',
  path: '/forms/{formId}',
  tags: ['Lead forms'],
  summary: 'Archive a lead form',
  description:
    'The form stops taking submissions (they answer 404) and sections that named it show the built-in form. Its leads keep the form id. Archiving an archived form changes nothing.',
  middleware: [authenticate, requirePermission('forms.manage')] as const,
  request: { params: FormIdParam },
  responses: { 204: { description: 'Archived' }, ...errorResponses },
})

export const archiveForm = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    await archive(tenantCtx(c), c.req.valid('param').formId)
    return c.body(null, 204)
  },
})
