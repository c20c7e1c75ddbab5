import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, jsonResponse } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { ApiKeyList } from '../api-keys.schemas.ts'
import { listApiKeys as list } from '../api-keys.service.ts'

const route = createRoute({
  method: 'get',
  path: '/api-keys',
  tags: ['API keys'],
  summary: "List the organisation's API keys, newest first",
  description: 'Never includes the secrets, only their first characters.',
  middleware: [authenticate, requirePermission('api_keys.manage')] as const,
  responses: { 200: jsonResponse(ApiKeyList, 'Live and revoked keys'), ...errorResponses },
})

export const listApiKeys = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => c.json(ApiKeyList.parse(await list(tenantCtx(c))), 200),
})
