import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, IdParam, jsonResponse } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { Domain } from '../domains.schemas.ts'
import { getDomain as get } from '../domains.service.ts'

const route = createRoute({
  method: 'get',
  path: '/domains/{hostnameId}',
  tags: ['Domains'],
  summary: 'Get a custom domain',
  description: 'Its status and DNS records as last seen from Cloudflare (see `checkedAt`).',
  middleware: [authenticate, requirePermission('domains.manage')] as const,
  request: { params: IdParam('hostnameId', 'host_01JD3Q9W2Z8K5V7M4N6P0R1S2T') },
  responses: { 200: jsonResponse(Domain, 'The hostname'), ...errorResponses },
})

export const getDomain = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => c.json(Domain.parse(await get(tenantCtx(c), c.req.valid('param').hostnameId)), 200),
})
