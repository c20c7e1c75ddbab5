import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { ApiError } from '../../../../lib/errors.ts'
import { errorResponses, jsonResponse } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { CRM_ENTITIES, type CrmEntity } from '../../fields/fields.tables.ts'
import { Attachment } from '../files.schemas.ts'
import { type AttachmentUpload, uploadAttachment } from '../upload-attachment.ts'

const route = createRoute({
  method: 'post',
  path: '/attachments',
  tags: ['CRM files'],
  summary: 'Attach a file to a contact, company or deal',
  description:
    'multipart/form-data with `entity` (contact, company or deal), `entityId` and `file` (at most 20 MB). The type is decided from the bytes, never the name: images (PNG, JPEG, WebP, GIF), PDF, plain text or CSV, and .docx, .xlsx or .pptx without macros. Programs, HTML, SVG and other markup are refused with 415. The file counts against the plan’s CRM storage (402 LIMIT_EXCEEDED when full).',
  middleware: [authenticate, requirePermission('crm.write')] as const,
  request: {
    // A plain schema, not zod: the handler reads the form itself to name what is wrong precisely.
    body: {
      required: true,
      content: {
        'multipart/form-data': {
          schema: {
            type: 'object',
            required: ['entity', 'entityId', 'file'],
            properties: {
              entity: { type: 'string', enum: [...CRM_ENTITIES] },
              entityId: { type: 'string', maxLength: 64 },
              file: { type: 'string', format: 'binary' },
            },
          },
        },
      },
    },
  },
  responses: { 201: jsonResponse(Attachment, 'The stored file'), ...errorResponses },
})

const FIELDS = new Set(['entity', 'entityId', 'file'])

async function readUpload(request: Request): Promise<AttachmentUpload> {
  if (!/^multipart\/form-data;/i.test(request.headers.get('content-type') ?? ''))
    throw new ApiError(
      'UNSUPPORTED_MEDIA_TYPE',
      'Send the file as multipart/form-data with entity, entityId and file',
    )
  const form = await request.formData().catch(() => {
    throw new ApiError('BAD_REQUEST', 'The multipart body could not be read')
  })
  const errors: { path: string; message: string }[] = []
  for (const name of new Set(form.keys()))
    if (!FIELDS.has(name)) errors.push({ path: name, message: 'Unknown field' })
  const entity = form.get('entity')
  const entityId = form.get('entityId')
  const file = form.get('file')
  const isEntity = typeof entity === 'string' && (CRM_ENTITIES as readonly string[]).includes(entity)
  if (!isEntity) errors.push({ path: 'entity', message: 'Say contact, company or deal' })
  if (typeof entityId !== 'string' || entityId.length === 0 || entityId.length > 64)
    errors.push({ path: 'entityId', message: 'Give the id of the record to attach the file to' })
  if (!(file instanceof File)) errors.push({ path: 'file', message: 'Attach the file in a field named file' })
  if (errors.length > 0 || !isEntity || typeof entityId !== 'string' || !(file instanceof File))
    throw new ApiError('BAD_REQUEST', errors[0]?.message ?? 'The upload is not valid', { errors })
  return { entity: entity as CrmEntity, entityId, file }
}

export const uploadAttachmentRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const attachment = await uploadAttachment(tenantCtx(c), await readUpload(c.req.raw))
    return c.json(Attachment.parse(attachment), 201)
  },
})
