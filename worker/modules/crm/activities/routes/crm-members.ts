import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, jsonResponse } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { CrmMemberList } from '../activities.schemas.ts'
import { crmMembers } from '../people/crm-members.ts'

const route = createRoute({
  method: 'get',
  path: '/crm/members',
  tags: ['CRM activities'],
  summary: 'Members to mention or give tasks to',
  description:
    'Every member who reads the CRM, by name (no e-mail addresses), for @mention autocomplete and assignee pickers; `assignable` lists those who may be given tasks.',
  middleware: [authenticate, requirePermission('crm.read')] as const,
  responses: { 200: jsonResponse(CrmMemberList, 'The members'), ...errorResponses },
})

export const listCrmMembers = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const ctx = tenantCtx(c)
    const members = [...(await crmMembers(ctx, ctx.tenantId)).values()]
      .filter((m) => m.canRead)
      .sort((a, b) => a.name.localeCompare(b.name))
    return c.json(
      {
        me: ctx.actor.kind === 'user' ? ctx.actor.userId : '',
        items: members.map((m) => ({ userId: m.userId, name: m.name })),
        assignable: members.filter((m) => m.canWrite).map((m) => m.userId),
      },
      200,
    )
  },
})
