import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, jsonBody, jsonResponse } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { Funnel, FunnelInput } from '../../analytics.schemas.ts'
import { MAX_FUNNELS } from '../funnels.schemas.ts'
import { createFunnel as create } from '../funnels.service.ts'
import { funnelProblems } from './responses.ts'

const route = createRoute({
  method: 'post',
  path: '/analytics/funnels',
  tags: ['Analytics'],
  summary: 'Define a funnel',
  description: `2 to 8 steps, each a scan, a page view, a lead, or an action of one type (\`kind: "action"\` with \`action\`, e.g. \`whatsapp\`). Up to ${MAX_FUNNELS} funnels per organisation (409 beyond).`,
  middleware: [authenticate, requirePermission('analytics.manage')] as const,
  request: { body: jsonBody(FunnelInput) },
  responses: {
    201: jsonResponse(Funnel, 'The new funnel'),
    409: funnelProblems.tooMany,
    ...errorResponses,
  },
})

export const createFunnel = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => c.json(Funnel.parse(await create(tenantCtx(c), c.req.valid('json'))), 201),
})
