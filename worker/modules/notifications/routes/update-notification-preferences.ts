import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { errorResponses, jsonBody, jsonResponse } from '../../../lib/router.ts'
import { authenticate, requireUser, userActor } from '../../auth/index.ts'
import { NotificationPreferences, UpdateNotificationPreferencesBody } from '../preferences.schemas.ts'
import { savePreferences } from '../preferences.service.ts'

const route = createRoute({
  method: 'put',
  path: '/me/notification-preferences',
  tags: ['Notifications'],
  summary: 'Save how you hear about leads in this organisation',
  description:
    'Send all four switches; they replace what was saved. They apply to you in this organisation only.',
  middleware: [authenticate, requireUser] as const,
  request: { body: jsonBody(UpdateNotificationPreferencesBody) },
  responses: { 200: jsonResponse(NotificationPreferences, 'Your preferences as saved'), ...errorResponses },
})

export const updateNotificationPreferences = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const actor = userActor(c)
    const prefs = await savePreferences(c.var.ctx, actor.tenantId, actor.userId, c.req.valid('json'))
    return c.json(NotificationPreferences.parse(prefs), 200)
  },
})
