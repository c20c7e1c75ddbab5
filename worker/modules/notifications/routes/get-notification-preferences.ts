import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { errorResponses, jsonResponse } from '../../../lib/router.ts'
import { authenticate, requireUser, userActor } from '../../auth/index.ts'
import { NotificationPreferences } from '../preferences.schemas.ts'
import { getPreferences } from '../preferences.service.ts'

const route = createRoute({
  method: 'get',
  path: '/me/notification-preferences',
  tags: ['Notifications'],
  summary: 'How you hear about leads in this organisation',
  description:
    'Your own switches for dashboard toasts, their sound and lead e-mails. Someone who never saved any gets the defaults. ' +
    "A branch's own e-mail and WhatsApp alerts are set on the branch's lead settings.",
  middleware: [authenticate, requireUser] as const,
  responses: {
    200: jsonResponse(NotificationPreferences, 'Your preferences, or the defaults'),
    ...errorResponses,
  },
})

export const getNotificationPreferences = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const actor = userActor(c)
    const prefs = await getPreferences(c.var.ctx, actor.tenantId, actor.userId)
    return c.json(NotificationPreferences.parse(prefs), 200)
  },
})
