import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, IdParam, jsonBody, jsonResponse, problemDoc } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { ImportPreview, PreviewImportBody } from '../imports.schemas.ts'
import { previewImport as preview } from '../imports.service.ts'

const route = createRoute({
  method: 'post',
  path: '/crm/imports/{crmImportId}/preview',
  tags: ['CRM imports'],
  summary: 'Check every row against a mapping',
  description:
    'Reads the whole file through the mapping without importing anything: e-mail format, phone numbers (national numbers in the branch’s country), custom field values, a name, e-mail or phone on every row, and rows the CSV reader could not read. Answers the counts (valid, invalid, duplicates within the file and with existing records by e-mail or phone) and the problems by row; /problems.csv lists them all.',
  middleware: [authenticate, requirePermission('crm.import')] as const,
  request: {
    params: IdParam('crmImportId', 'imp_01JD3Q9W2Z8K5V7M4N6P0R1S2T'),
    body: jsonBody(PreviewImportBody),
  },
  responses: {
    200: jsonResponse(ImportPreview, 'What the import would do'),
    409: problemDoc('The import has already started'),
    410: problemDoc('The uploaded file is no longer stored'),
    ...errorResponses,
  },
})

export const previewImport = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) =>
    c.json(
      ImportPreview.parse(await preview(tenantCtx(c), c.req.valid('param').crmImportId, c.req.valid('json'))),
      200,
    ),
})
