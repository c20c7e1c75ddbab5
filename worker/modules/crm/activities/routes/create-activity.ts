import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, jsonBody, jsonResponse } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { Activity, CreateActivityBody } from '../activities.schemas.ts'
import { createActivity as create } from '../create-activity.ts'

const route = createRoute({
  method: 'post',
  path: '/activities',
  tags: ['CRM activities'],
  summary: 'Log or plan a note, call, meeting or task',
  description:
    'About a contact, company and/or deal the caller sees (404 otherwise). Tasks and calls may have a due time, a reminder (not after the due time; a meeting reminds before its start) and an assignee (a member who works the CRM and sees the record; the caller by default). `templateId` fills what the request leaves out. `mentions` lists the user ids of members @mentioned in the body; each is told once, by e-mail and in the dashboard.',
  middleware: [authenticate, requirePermission('crm.write')] as const,
  request: { body: jsonBody(CreateActivityBody) },
  responses: { 201: jsonResponse(Activity, 'The activity'), ...errorResponses },
})

export const createActivity = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => c.json(await create(tenantCtx(c), c.req.valid('json')), 201),
})
