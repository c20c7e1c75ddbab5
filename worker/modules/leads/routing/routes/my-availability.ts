import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, jsonBody, jsonResponse } from '../../../../lib/router.ts'
import { authenticate, requireUser, userActor } from '../../../auth/index.ts'
import { getMyAvailability, updateMyAvailability } from '../availability.service.ts'
import { Availability, UpdateAvailabilityBody } from '../routing.schemas.ts'

const getRoute = createRoute({
  method: 'get',
  path: '/me/availability',
  tags: ['Lead routing'],
  summary: 'Your availability for new leads',
  description:
    'Whether you take new leads (`available`) or not (`away`), your weekly shifts, and whether you are on shift now.',
  middleware: [authenticate, requireUser] as const,
  responses: { 200: jsonResponse(Availability, 'Your availability'), ...errorResponses },
})

export const getMyAvailabilityRoute = defineOpenAPIRoute<typeof getRoute, AppEnv>({
  route: getRoute,
  handler: async (c) => c.json(Availability.parse(await getMyAvailability(tenantCtx(c), userActor(c))), 200),
})

const putRoute = createRoute({
  method: 'put',
  path: '/me/availability',
  tags: ['Lead routing'],
  summary: 'Switch to available or away, and set your shifts',
  description:
    'Away members are skipped by every rule. Shifts are weekly intervals in their own time zone (an interval whose end is not after its start runs past midnight); rules that respect shifts skip you outside them. Leaving `shifts` out keeps them; null clears them.',
  middleware: [authenticate, requireUser] as const,
  request: { body: jsonBody(UpdateAvailabilityBody) },
  responses: { 200: jsonResponse(Availability, 'Your availability now'), ...errorResponses },
})

export const putMyAvailabilityRoute = defineOpenAPIRoute<typeof putRoute, AppEnv>({
  route: putRoute,
  handler: async (c) => {
    const availability = await updateMyAvailability(tenantCtx(c), userActor(c), c.req.valid('json'))
    return c.json(Availability.parse(availability), 200)
  },
})
