import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, jsonResponse } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { CompanyList, ListCompaniesQuery } from '../companies.schemas.ts'
import { listCompanies } from '../list-companies.ts'

const route = createRoute({
  method: 'get',
  path: '/companies',
  tags: ['CRM companies'],
  summary: 'List companies',
  description:
    'The companies you may see, filtered (`filter`: a CrmFilter as JSON; `q`: name with typos, or domain) and sorted (`sort`, `direction`). Pass `nextCursor` back as `cursor` for the next page.',
  middleware: [authenticate, requirePermission('crm.read')] as const,
  request: { query: ListCompaniesQuery },
  responses: { 200: jsonResponse(CompanyList, 'A page of companies'), ...errorResponses },
})

export const listCompaniesRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) =>
    c.json(CompanyList.parse(await listCompanies(tenantCtx(c), c.req.valid('query'))), 200),
})
