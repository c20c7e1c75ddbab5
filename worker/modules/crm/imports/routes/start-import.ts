import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, IdParam, jsonBody, jsonResponse, problemDoc } from '../../../../lib/router.ts'
import { authenticate, requirePermission, requireUser, userActor } from '../../../auth/index.ts'
import { ImportDetail, StartImportBody } from '../imports.schemas.ts'
import { startImport as start } from '../imports.service.ts'

const route = createRoute({
  method: 'post',
  path: '/crm/imports/{crmImportId}/start',
  tags: ['CRM imports'],
  summary: 'Start an import',
  description:
    'Queues the import with its mapping and duplicate policy: `skip` leaves records that match alone, `merge` fills in their empty fields and adds the tags, `create` adds a record even when one of the same name exists. E-mail and phone (domain, for companies) are identities: a row holding one that a record has always matches that record (under `create` it is merged). When rows are invalid, `confirmSkipInvalid: true` is required (409 with the count otherwise); they are skipped and reported. Progress arrives as `crm.import` events; a notice and an e-mail say when it ends.',
  middleware: [authenticate, requireUser, requirePermission('crm.import')] as const,
  request: {
    params: IdParam('crmImportId', 'imp_01JD3Q9W2Z8K5V7M4N6P0R1S2T'),
    body: jsonBody(StartImportBody),
  },
  responses: {
    202: jsonResponse(ImportDetail, 'The queued import'),
    409: problemDoc('Invalid rows not confirmed, or the import already started'),
    410: problemDoc('The uploaded file is no longer stored'),
    ...errorResponses,
  },
})

export const startImport = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const started = await start(
      tenantCtx(c),
      userActor(c),
      c.req.valid('param').crmImportId,
      c.req.valid('json'),
    )
    return c.json(ImportDetail.parse(started), 202)
  },
})
