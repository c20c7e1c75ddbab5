import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, IdParam, jsonResponse } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { CompanyDeleted } from '../companies.schemas.ts'
import { deleteCompany } from '../companies.service.ts'

const route = createRoute({
  method: 'delete',
  path: '/companies/{companyId}',
  tags: ['CRM companies'],
  summary: 'Delete a company',
  description:
    'The company leaves every list at once; `POST /crm/undo/{crmUndoId}` brings it back until `undoExpiresAt`. After that the daily purge removes it for good.',
  middleware: [authenticate, requirePermission('crm.delete')] as const,
  request: { params: IdParam('companyId', 'cmp_01JD3Q9W2Z8K5V7M4N6P0R1S2T') },
  responses: { 200: jsonResponse(CompanyDeleted, 'Deleted, undoable for a while'), ...errorResponses },
})

export const deleteCompanyRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) =>
    c.json(CompanyDeleted.parse(await deleteCompany(tenantCtx(c), c.req.valid('param').companyId)), 200),
})
