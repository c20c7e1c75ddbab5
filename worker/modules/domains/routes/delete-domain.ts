import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, IdParam } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { removeDomain } from '../remove-domain.service.ts'
import { domainProblems } from './problems.ts'

const route = createRoute({
  method: 'delete',
  path: '/domains/{hostnameId}',
  tags: ['Domains'],
  summary: 'Remove a custom domain',
  description:
    'Removes the hostname from Cloudflare and from Vitrine; a canonical hostname takes its www/apex twin with it, a twin goes alone. It stops serving at once, and cached pages are purged.',
  middleware: [authenticate, requirePermission('domains.manage')] as const,
  request: { params: IdParam('hostnameId', 'host_01JD3Q9W2Z8K5V7M4N6P0R1S2T') },
  responses: {
    204: { description: 'Removed' },
    502: domainProblems.cloudflare,
    503: domainProblems.unavailable,
    ...errorResponses,
  },
})

export const deleteDomain = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    await removeDomain(tenantCtx(c), c.req.valid('param').hostnameId)
    return c.body(null, 204)
  },
})
