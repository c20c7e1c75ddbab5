import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, jsonBody, jsonResponse } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { MergeBody, MergeResult } from '../merge.schemas.ts'
import { mergeContacts as merge } from '../merge-contacts.ts'

const route = createRoute({
  method: 'post',
  path: '/contacts/merge',
  tags: ['CRM duplicates'],
  summary: 'Merge duplicate contacts into one',
  description:
    'In one transaction: takes each field from the record named in `fields` (else the primary, else the first that has a value), keeps every other e-mail address and phone number as further ones and every tag, moves every lead, touch, activity, deal, company link and file to the primary, deletes the merged contacts for good and writes a `merge` activity on the primary’s timeline; its score is then recomputed. Every id must be a contact you may see: another organisation’s, another branch’s or a deleted one answers 404 and nothing changes.',
  middleware: [authenticate, requirePermission('crm.delete')] as const,
  request: { body: jsonBody(MergeBody) },
  responses: { 200: jsonResponse(MergeResult, 'The contacts are one'), ...errorResponses },
})

export const mergeContacts = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => c.json(MergeResult.parse(await merge(tenantCtx(c), c.req.valid('json'))), 200),
})
