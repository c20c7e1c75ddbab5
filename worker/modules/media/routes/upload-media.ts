import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { ApiError } from '../../../lib/errors.ts'
import { errorResponses, jsonResponse } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { MediaAsset } from '../media.schemas.ts'
import { uploadMedia } from '../media.service.ts'

const route = createRoute({
  method: 'post',
  path: '/media',
  tags: ['Media'],
  summary: 'Upload an image or a video',
  description:
    'multipart/form-data with a `file` field and an optional `alt`. The type is decided from the bytes, never the name or the declared type: PNG, JPEG, WebP, GIF or AVIF images up to 5 MB and 8000 pixels a side, MP4 or WebM videos up to 25 MB. SVG is refused.',
  middleware: [authenticate, requirePermission('sites.edit')] as const,
  request: {
    // A plain schema, not zod: the handler reads the form itself to name what is wrong precisely.
    body: {
      required: true,
      content: {
        'multipart/form-data': {
          schema: {
            type: 'object',
            required: ['file'],
            properties: {
              file: { type: 'string', format: 'binary' },
              alt: { type: 'string', maxLength: 200 },
            },
          },
        },
      },
    },
  },
  responses: { 201: jsonResponse(MediaAsset, 'The stored file'), ...errorResponses },
})

async function readUpload(request: Request): Promise<{ file: File; alt?: string }> {
  const type = request.headers.get('content-type') ?? ''
  if (!/^multipart\/form-data;/i.test(type))
    throw new ApiError('UNSUPPORTED_MEDIA_TYPE', 'Send the file as multipart/form-data in a field named file')
  const form = await request.formData().catch(() => {
    throw new ApiError('BAD_REQUEST', 'The multipart body could not be read')
  })
  const errors: { path: string; message: string }[] = []
  for (const name of new Set(form.keys()))
    if (name !== 'file' && name !== 'alt') errors.push({ path: name, message: 'Unknown field' })
  const file = form.get('file')
  const alt = form.get('alt')
  if (!(file instanceof File)) errors.push({ path: 'file', message: 'Attach the file in a field named file' })
  if (alt !== null && (typeof alt !== 'string' || alt.length > 200))
    errors.push({ path: 'alt', message: 'Alt text is at most 200 characters' })
  if (errors.length > 0 || !(file instanceof File))
    throw new ApiError('BAD_REQUEST', 'The upload is not valid', { errors })
  return { file, alt: typeof alt === 'string' && alt.trim() ? alt.trim() : undefined }
}

export const uploadMediaRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const asset = await uploadMedia(tenantCtx(c), await readUpload(c.req.raw))
    return c.json(MediaAsset.parse(asset), 201)
  },
})
