import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, jsonBody, jsonResponse, problemDoc } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { Company, CompanyInput } from '../companies.schemas.ts'
import { createCompany } from '../companies.service.ts'

const route = createRoute({
  method: 'post',
  path: '/companies',
  tags: ['CRM companies'],
  summary: 'Add a company',
  description:
    'The domain is stored as its bare host (`https://www.Acme.com/x` → `acme.com`) and must be free among live companies. `parentId` puts it under a group company. Custom fields are checked against the company fields defined in settings. Owner defaults to you; a member scoped to branches must file it in one of theirs.',
  middleware: [authenticate, requirePermission('crm.write')] as const,
  request: { body: jsonBody(CompanyInput) },
  responses: {
    201: jsonResponse(Company, 'The new company'),
    409: problemDoc('Another company has this domain'),
    ...errorResponses,
  },
})

export const createCompanyRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => c.json(Company.parse(await createCompany(tenantCtx(c), c.req.valid('json'))), 201),
})
