import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, jsonResponse } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { LeadSourceList } from '../lead-sources.schemas.ts'
import { listSources } from '../sources.service.ts'

const route = createRoute({
  method: 'get',
  path: '/lead-sources',
  tags: ['Lead sources'],
  summary: 'List lead sources',
  description:
    'Connected ad platforms, WhatsApp numbers and generic webhooks, newest first, each with the address to paste into the platform and its latest delivery. Secrets are never included. Members limited to some branches see their branches’ sources.',
  middleware: [authenticate, requirePermission('leads.read')] as const,
  responses: { 200: jsonResponse(LeadSourceList, 'The sources'), ...errorResponses },
})

export const listSourcesRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => c.json(LeadSourceList.parse({ data: await listSources(tenantCtx(c)) }), 200),
})
