import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, jsonBody, jsonResponse } from '../../../lib/router.ts'
import { authenticate, requirePermission, requireUser } from '../../auth/index.ts'
import { CreateApiKeyBody, CreatedApiKey } from '../api-keys.schemas.ts'
import { createApiKey as create } from '../api-keys.service.ts'

const route = createRoute({
  method: 'post',
  path: '/api-keys',
  tags: ['API keys'],
  summary: 'Create an API key',
  description:
    'Returns the key once, in `key`; it cannot be shown again. Send it as `Authorization: Bearer vk_live_…`. Needs a signed-in person with a verified e-mail address: keys cannot create keys.',
  middleware: [authenticate, requireUser, requirePermission('api_keys.manage')] as const,
  request: { body: jsonBody(CreateApiKeyBody) },
  responses: { 201: jsonResponse(CreatedApiKey, 'The new key, with its secret'), ...errorResponses },
})

export const createApiKey = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => c.json(CreatedApiKey.parse(await create(tenantCtx(c), c.req.valid('json'))), 201),
})
