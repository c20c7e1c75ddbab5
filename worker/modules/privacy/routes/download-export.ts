import { createRoute, defineOpenAPIRoute, z } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { IdParam, problemDoc } from '../../../lib/router.ts'
import { openExportDownload } from '../exports.service.ts'
import { DownloadQuery } from '../privacy.schemas.ts'

const route = createRoute({
  method: 'get',
  path: '/privacy/exports/{exportId}/download',
  tags: ['Privacy'],
  summary: 'Download a finished export',
  description:
    'The link from the export e-mail. It needs no session: the signature is the credential, and it stops working seven days after it was sent.',
  request: { params: IdParam('exportId', 'exp_01JD3Q9W2Z8K5V7M4N6P0R1S2T'), query: DownloadQuery },
  responses: {
    200: {
      content: { 'application/zip': { schema: z.string().openapi({ format: 'binary' }) } },
      description: 'The ZIP archive',
    },
    400: problemDoc('The link is malformed'),
    403: problemDoc('The signature does not match'),
    410: problemDoc('The link has expired, or the archive is gone'),
    500: problemDoc('Unexpected failure'),
  },
})

export const downloadExport = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const { expires, signature } = c.req.valid('query')
    const download = await openExportDownload(
      c.var.ctx,
      c.req.valid('param').exportId,
      Number(expires),
      signature,
    )
    return c.body(download.body, 200, {
      'content-type': 'application/zip',
      'content-length': String(download.size),
      'content-disposition': `attachment; filename="${download.filename}"`,
    })
  },
})
