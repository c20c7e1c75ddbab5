import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, jsonResponse } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { ImportList, ListImportsQuery } from '../imports.schemas.ts'
import { listImports as list } from '../imports.service.ts'

const route = createRoute({
  method: 'get',
  path: '/crm/imports',
  tags: ['CRM imports'],
  summary: 'List imports',
  description: 'Every import of the organisation, newest first, with its status and counters.',
  middleware: [authenticate, requirePermission('crm.import')] as const,
  request: { query: ListImportsQuery },
  responses: { 200: jsonResponse(ImportList, 'A page of imports'), ...errorResponses },
})

export const listImports = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => c.json(ImportList.parse(await list(tenantCtx(c), c.req.valid('query'))), 200),
})
