import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { errorResponses, jsonResponse } from '../../../lib/router.ts'
import { authenticate } from '../../auth/index.ts'
import { requirePlatformAdmin } from '../admin.middleware.ts'
import { AdminTenantList, ListTenantsQuery } from '../admin.schemas.ts'
import { listTenants as list } from '../admin.service.ts'

const route = createRoute({
  method: 'get',
  path: '/admin/tenants',
  tags: ['Platform admin'],
  summary: 'List every organisation (platform staff)',
  description:
    'Newest first, with member counts and the owner to contact. Search by name or id, filter by status.',
  middleware: [authenticate, requirePlatformAdmin] as const,
  request: { query: ListTenantsQuery },
  responses: { 200: jsonResponse(AdminTenantList, 'A page of organisations'), ...errorResponses },
})

export const listTenants = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => c.json(AdminTenantList.parse(await list(c.var.ctx, c.req.valid('query'))), 200),
})
