import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, jsonResponse } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { DomainList } from '../domains.schemas.ts'
import { listDomains as list } from '../domains.service.ts'

const route = createRoute({
  method: 'get',
  path: '/domains',
  tags: ['Domains'],
  summary: 'List custom domains',
  description:
    'Every hostname connected to the organisation, oldest first; a www or apex twin follows its canonical hostname and has `redirectTo` set.',
  middleware: [authenticate, requirePermission('domains.manage')] as const,
  responses: { 200: jsonResponse(DomainList, 'Every hostname'), ...errorResponses },
})

export const listDomains = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => c.json(DomainList.parse({ data: await list(tenantCtx(c)) }), 200),
})
