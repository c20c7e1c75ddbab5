import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, IdParam, jsonResponse } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { checkDomain as check } from '../check-domain.service.ts'
import { Domain } from '../domains.schemas.ts'
import { domainProblems } from './problems.ts'

const route = createRoute({
  method: 'post',
  path: '/domains/{hostnameId}/check',
  tags: ['Domains'],
  summary: 'Check a custom domain now',
  description:
    'Asks Cloudflare now, for the hostname and its twin, instead of waiting for the five-minute check; a hostname whose records and certificate are in place becomes `active` and serves at once.',
  middleware: [authenticate, requirePermission('domains.manage')] as const,
  request: { params: IdParam('hostnameId', 'host_01JD3Q9W2Z8K5V7M4N6P0R1S2T') },
  responses: {
    200: jsonResponse(Domain, 'The hostname as Cloudflare sees it now'),
    502: domainProblems.cloudflare,
    503: domainProblems.unavailable,
    ...errorResponses,
  },
})

export const checkDomain = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => c.json(Domain.parse(await check(tenantCtx(c), c.req.valid('param').hostnameId)), 200),
})
