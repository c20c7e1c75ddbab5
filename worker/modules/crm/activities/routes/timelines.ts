import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, IdParam, jsonResponse } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { Timeline, TimelineQuery } from '../timeline/timeline.schemas.ts'
import { recordTimeline } from '../timeline/timeline.service.ts'
import type { RecordKey } from '../timeline/timeline-sources.ts'

const tags = ['CRM activities']
const responses = { 200: jsonResponse(Timeline, 'A page of the timeline, newest first'), ...errorResponses }

interface TimelineSpec<P extends string, Path extends string> {
  entity: RecordKey['entity']
  path: Path
  /** The path parameter naming the record, and an example of its id. */
  param: P
  example: string
  summary: string
  description: string
}

/** GET <record>/timeline: the record's timeline, newest first, cursor paged, for crm.read. */
function timelineRoute<const P extends string, const Path extends string>(spec: TimelineSpec<P, Path>) {
  const route = createRoute({
    method: 'get',
    path: spec.path,
    tags,
    summary: spec.summary,
    description: spec.description,
    middleware: [authenticate, requirePermission('crm.read')] as const,
    request: { params: IdParam(spec.param, spec.example), query: TimelineQuery },
    responses,
  })
  return defineOpenAPIRoute<typeof route, AppEnv>({
    route,
    handler: async (c) => {
      // Zod cannot infer the shape of IdParam over a generic name; it is { [param]: string }.
      const params = c.req.valid('param') as Record<P, string>
      return c.json(
        await recordTimeline(
          tenantCtx(c),
          { entity: spec.entity, id: params[spec.param] },
          c.req.valid('query'),
        ),
        200,
      )
    },
  })
}

export const contactTimeline = timelineRoute({
  entity: 'contact',
  path: '/contacts/{contactId}/timeline',
  param: 'contactId',
  example: 'con_01JD3Q9W2Z8K5V7M4N6P0R1S2T',
  summary: "A contact's timeline",
  description:
    'Newest first, cursor paged: its activities of every kind, its lead submissions with their form fields, UTM and the QR scan that led to each, and the stage changes of its deals.',
})

export const companyTimeline = timelineRoute({
  entity: 'company',
  path: '/companies/{companyId}/timeline',
  param: 'companyId',
  example: 'cmp_01JD3Q9W2Z8K5V7M4N6P0R1S2T',
  summary: "A company's timeline",
  description: 'Newest first, cursor paged: its activities and the stage changes of its deals.',
})

export const dealTimeline = timelineRoute({
  entity: 'deal',
  path: '/deals/{dealId}/timeline',
  param: 'dealId',
  example: 'deal_01JD3Q9W2Z8K5V7M4N6P0R1S2T',
  summary: "A deal's timeline",
  description: 'Newest first, cursor paged: its activities and its stage history.',
})
