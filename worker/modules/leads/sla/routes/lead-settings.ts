import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, IdParam, jsonBody, jsonResponse } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { getBranchLeadSettings, updateBranchLeadSettings } from '../lead-settings.service.ts'
import { BranchLeadSettings, UpdateBranchLeadSettingsBody } from '../sla.schemas.ts'

const params = IdParam('branchId', 'bra_01JD3Q9W2Z8K5V7M4N6P0R1S2T')

const getRoute = createRoute({
  method: 'get',
  path: '/branches/{branchId}/lead-settings',
  tags: ['Lead routing'],
  summary: "A branch's first-response target and lead announcements",
  description:
    'A branch that never set them answers the defaults: 15 minutes counted in opening hours, e-mail on, WhatsApp off (`updatedAt` null).',
  middleware: [authenticate, requirePermission('sla.manage')] as const,
  request: { params },
  responses: { 200: jsonResponse(BranchLeadSettings, 'The settings'), ...errorResponses },
})

export const getLeadSettingsRoute = defineOpenAPIRoute<typeof getRoute, AppEnv>({
  route: getRoute,
  handler: async (c) => {
    const settings = await getBranchLeadSettings(tenantCtx(c), c.req.valid('param').branchId)
    return c.json(BranchLeadSettings.parse(settings), 200)
  },
})

const putRoute = createRoute({
  method: 'put',
  path: '/branches/{branchId}/lead-settings',
  tags: ['Lead routing'],
  summary: "Set a branch's first-response target and lead announcements",
  description:
    'Applies to leads arriving from now on. Breaches alert the managers of the branch, then, one more period later, the owners and admins.',
  middleware: [authenticate, requirePermission('sla.manage')] as const,
  request: { params, body: jsonBody(UpdateBranchLeadSettingsBody) },
  responses: { 200: jsonResponse(BranchLeadSettings, 'The settings now'), ...errorResponses },
})

export const putLeadSettingsRoute = defineOpenAPIRoute<typeof putRoute, AppEnv>({
  route: putRoute,
  handler: async (c) => {
    const { branchId } = c.req.valid('param')
    const settings = await updateBranchLeadSettings(tenantCtx(c), branchId, c.req.valid('json'))
    return c.json(BranchLeadSettings.parse(settings), 200)
  },
})
