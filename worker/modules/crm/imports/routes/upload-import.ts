import { createRoute, defineOpenAPIRoute, z } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { ApiError } from '../../../../lib/errors.ts'
import { errorResponses, jsonResponse } from '../../../../lib/router.ts'
import { authenticate, requirePermission, requireUser, userActor } from '../../../auth/index.ts'
import { MAX_IMPORT_BYTES } from '../../uploads.ts'
import { UploadedImport, UploadImportQuery } from '../imports.schemas.ts'
import { uploadImport as upload } from '../imports.service.ts'

const route = createRoute({
  method: 'post',
  path: '/crm/imports',
  tags: ['CRM imports'],
  summary: 'Upload a CSV to import',
  description: `Send the file itself as the body with \`Content-Type: text/csv\` (at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB, UTF-8, comma, semicolon or tab separated, a header row naming the columns). A file that is not such a CSV (binary, no header row, a header that does not fit its rows) is refused with the reason (400); another content type is 415. The answer holds the header, the row count, a suggested mapping and the first 20 rows; nothing is imported until the import is started.`,
  middleware: [authenticate, requireUser, requirePermission('crm.import')] as const,
  request: {
    query: UploadImportQuery,
    body: {
      content: {
        'text/csv': { schema: z.string().openapi({ example: 'Name,E-mail\nAsha Rao,asha@example.com\n' }) },
      },
      required: true,
    },
  },
  responses: { 201: jsonResponse(UploadedImport, 'The stored file, ready to map'), ...errorResponses },
})

export const uploadImport = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const type = c.req.header('content-type')?.split(';')[0]?.trim().toLowerCase()
    if (type !== 'text/csv')
      throw new ApiError('UNSUPPORTED_MEDIA_TYPE', 'Send the file as the body with Content-Type: text/csv')
    const bytes = await c.req.arrayBuffer()
    const created = await upload(tenantCtx(c), userActor(c), c.req.valid('query'), bytes)
    return c.json(UploadedImport.parse(created), 201)
  },
})
