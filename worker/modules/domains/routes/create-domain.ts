import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, jsonBody, jsonResponse } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { addDomain } from '../add-domain.service.ts'
import { CreateDomainBody, Domain } from '../domains.schemas.ts'
import { domainProblems } from './problems.ts'

const route = createRoute({
  method: 'post',
  path: '/domains',
  tags: ['Domains'],
  summary: 'Connect a custom domain',
  description:
    "Registers the hostname with Cloudflare and answers with the DNS records to create: a CNAME to our target, an ownership TXT and a certificate TXT. It stays `pending` until Cloudflare sees them (checked every five minutes, or with POST /domains/{hostnameId}/check), then serves the brand, or one branch at `/`. For an apex domain the www name is registered too and redirects to it (`includeWww`). Refused: an invalid hostname, one of Vitrine's own, one already connected, a brand or branch not in this organisation, or one over the plan's limit.",
  middleware: [authenticate, requirePermission('domains.manage')] as const,
  request: { body: jsonBody(CreateDomainBody) },
  responses: {
    201: jsonResponse(Domain, 'The hostname, pending, with the DNS records to create'),
    402: domainProblems.limit,
    409: domainProblems.conflict,
    502: domainProblems.cloudflare,
    503: domainProblems.unavailable,
    ...errorResponses,
  },
})

export const createDomain = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => c.json(Domain.parse(await addDomain(tenantCtx(c), c.req.valid('json'))), 201),
})
