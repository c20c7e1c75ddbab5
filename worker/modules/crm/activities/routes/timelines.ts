import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, IdParam, jsonResponse } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { Timeline, TimelineQuery } from '../timeline/timeline.schemas.ts'
import { recordTimeline } from '../timeline/timeline.service.ts'

const tags = ['CRM activities']
const responses = { 200: jsonResponse(Timeline, 'A page of the timeline, newest first'), ...errorResponses }

const contactRoute = createRoute({
  method: 'get',
  path: '/contacts/{contactId}/timeline',
  tags,
  summary: "A contact's timeline",
  description:
    'Newest first, cursor paged: its activities of every kind, its lead submissions with their form fields, UTM and the QR scan that led to each, and the stage changes of its deals.',
  middleware: [authenticate, requirePermission('crm.read')] as const,
  request: { params: IdParam('contactId', 'con_01JD3Q9W2Z8K5V7M4N6P0R1S2T'), query: TimelineQuery },
  responses,
})

export const contactTimeline = defineOpenAPIRoute<typeof contactRoute, AppEnv>({
  route: contactRoute,
  handler: async (c) =>
    c.json(
      await recordTimeline(
        tenantCtx(c),
        { entity: 'contact', id: c.req.valid('param').contactId },
        c.req.valid('query'),
      ),
      200,
    ),
})

const companyRoute = createRoute({
  method: 'get',
  path: '/companies/{companyId}/timeline',
  tags,
  summary: "A company's timeline",
  description: 'Newest first, cursor paged: its activities and the stage changes of its deals.',
  middleware: [authenticate, requirePermission('crm.read')] as const,
  request: { params: IdParam('companyId', 'cmp_01JD3Q9W2Z8K5V7M4N6P0R1S2T'), query: TimelineQuery },
  responses,
})

export const companyTimeline = defineOpenAPIRoute<typeof companyRoute, AppEnv>({
  route: companyRoute,
  handler: async (c) =>
    c.json(
      await recordTimeline(
        tenantCtx(c),
        { entity: 'company', id: c.req.valid('param').companyId },
        c.req.valid('query'),
      ),
      200,
    ),
})

const dealRoute = createRoute({
  method: 'get',
  path: '/deals/{dealId}/timeline',
  tags,
  summary: "A deal's timeline",
  description: 'Newest first, cursor paged: its activities and its stage history.',
  middleware: [authenticate, requirePermission('crm.read')] as const,
  request: { params: IdParam('dealId', 'deal_01JD3Q9W2Z8K5V7M4N6P0R1S2T'), query: TimelineQuery },
  responses,
})

export const dealTimeline = defineOpenAPIRoute<typeof dealRoute, AppEnv>({
  route: dealRoute,
  handler: async (c) =>
    c.json(
      await recordTimeline(
        tenantCtx(c),
        { entity: 'deal', id: c.req.valid('param').dealId },
        c.req.valid('query'),
      ),
      200,
    ),
})
