import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, IdParam, jsonResponse } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { CompanyDetail } from '../companies.schemas.ts'
import { getCompanyDetail } from '../list-companies.ts'

const route = createRoute({
  method: 'get',
  path: '/companies/{companyId}',
  tags: ['CRM companies'],
  summary: 'A company',
  description:
    'The company with its group above it (`parentChain`, top first) and its direct subsidiaries (`children`).',
  middleware: [authenticate, requirePermission('crm.read')] as const,
  request: { params: IdParam('companyId', 'cmp_01JD3Q9W2Z8K5V7M4N6P0R1S2T') },
  responses: { 200: jsonResponse(CompanyDetail, 'The company'), ...errorResponses },
})

export const getCompanyRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) =>
    c.json(CompanyDetail.parse(await getCompanyDetail(tenantCtx(c), c.req.valid('param').companyId)), 200),
})
