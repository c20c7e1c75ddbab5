import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, IdParam, jsonBody, jsonResponse } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { UpdateLeadBody } from '../inbox/inbox.schemas.ts'
import { updateLeads } from '../inbox/update-leads.ts'
import { toLead } from '../lead-view.ts'
import { Lead } from '../leads.schemas.ts'

const route = createRoute({
  method: 'patch',
  path: '/leads/{leadId}',
  tags: ['Leads'],
  summary: "Change a lead's status or owner",
  description:
    "`status` needs leads.write; the first move away from `new` stops the SLA clock. `ownerUserId` needs leads.assign and names a member who works leads in the lead's branch (null unassigns); without leads.assign you may only claim an unassigned lead for yourself. Each change is written to the contact's timeline and sent as a `lead.updated` event.",
  middleware: [authenticate, requirePermission('leads.write')] as const,
  request: {
    params: IdParam('leadId', 'lead_01JD3Q9W2Z8K5V7M4N6P0R1S2T'),
    body: jsonBody(UpdateLeadBody),
  },
  responses: { 200: jsonResponse(Lead, 'The lead as it is now'), ...errorResponses },
})

export const updateLead = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const { leadId } = c.req.valid('param')
    const { rows } = await updateLeads(tenantCtx(c), [leadId], c.req.valid('json'))
    const [row] = rows
    if (!row) throw new Error(`lead ${leadId} vanished inside its own update`)
    return c.json(Lead.parse(toLead(row)), 200)
  },
})
