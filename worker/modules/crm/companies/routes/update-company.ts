import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, IdParam, jsonBody, jsonResponse, problemDoc } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { Company, CompanyPatch } from '../companies.schemas.ts'
import { updateCompany } from '../companies.service.ts'

const route = createRoute({
  method: 'patch',
  path: '/companies/{companyId}',
  tags: ['CRM companies'],
  summary: 'Change a company',
  description:
    'Only the fields sent change; `customFields` merges key by key (null clears one). A `parentId` that is the company itself or one of its subsidiaries is refused with 409.',
  middleware: [authenticate, requirePermission('crm.write')] as const,
  request: {
    params: IdParam('companyId', 'cmp_01JD3Q9W2Z8K5V7M4N6P0R1S2T'),
    body: jsonBody(CompanyPatch),
  },
  responses: {
    200: jsonResponse(Company, 'The company'),
    409: problemDoc('Another company has this domain, or the parent would make a loop'),
    ...errorResponses,
  },
})

export const updateCompanyRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const { companyId } = c.req.valid('param')
    return c.json(Company.parse(await updateCompany(tenantCtx(c), companyId, c.req.valid('json'))), 200)
  },
})
