import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, jsonBody, jsonResponse } from '../../../lib/router.ts'
import { authenticate, clearSessionCookies, requirePermission, requireUser } from '../../auth/index.ts'
import { DeleteTenantBody, TenantDeletion } from '../privacy.schemas.ts'
import { scheduleTenantDeletion } from '../tenant-deletion.service.ts'

const route = createRoute({
  method: 'delete',
  path: '/tenant',
  tags: ['Privacy'],
  summary: 'Delete this organisation',
  description:
    'Owners only, with the organisation name typed as confirmation. The organisation goes offline at once: every session (yours too) and API key is revoked and its microsites stop serving. Everything is erased after 30 days; until then Vitrine support can restore it.',
  middleware: [authenticate, requireUser, requirePermission('tenant.manage')] as const,
  request: { body: jsonBody(DeleteTenantBody) },
  responses: { 200: jsonResponse(TenantDeletion, 'Deletion scheduled'), ...errorResponses },
})

export const deleteTenant = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const deletion = await scheduleTenantDeletion(tenantCtx(c), c.req.valid('json').confirm)
    clearSessionCookies(c)
    return c.json(TenantDeletion.parse(deletion), 200)
  },
})
