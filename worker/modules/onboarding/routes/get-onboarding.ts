import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, jsonResponse } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { Onboarding } from '../onboarding.schemas.ts'
import { getOnboarding as load } from '../onboarding.service.ts'

const route = createRoute({
  method: 'get',
  path: '/onboarding',
  tags: ['Onboarding'],
  summary: 'Where the organisation stands in its first run',
  description:
    'The steps from sign-up to a published branch page (brand, first branch, template, publish), each ' +
    "marked done from the organisation's data, with the ids the dashboard's wizard continues from.",
  middleware: [authenticate, requirePermission('sites.read')] as const,
  responses: { 200: jsonResponse(Onboarding, 'The steps and where to continue'), ...errorResponses },
})

export const getOnboarding = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => c.json(Onboarding.parse(await load(tenantCtx(c))), 200),
})
