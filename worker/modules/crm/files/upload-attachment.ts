import type { TenantCtx } from '../../../context.ts'
import { toHex } from '../../../lib/crypto.ts'
import { ApiError } from '../../../lib/errors.ts'
import { newId } from '../../../lib/ids.ts'
import { crmTx } from '../crm-tx.ts'
import type { CrmEntity } from '../fields/fields.tables.ts'
import { MAX_ATTACHMENT_BYTES } from '../uploads.ts'
import { toAttachment, uploaderNames } from './attachment-view.ts'
import {
  type AttachmentRow,
  getAttachedRecordOrThrow,
  insertAttachment,
  lockTenantStorage,
} from './attachments.repo.ts'
import { cleanFileName } from './file-name.ts'
import { ACCEPTED_FILES, type SniffedFile, sniffAttachment } from './file-sniff.ts'
import type { Attachment } from './files.schemas.ts'
import { assertRoom, storageLimitBytes, tenantStoredBytes } from './storage-quota.ts'

export interface AttachmentUpload {
  entity: CrmEntity
  entityId: string
  file: File
}

const REFUSALS = {
  program: `Programs and scripts are not accepted, whatever the file is called. Attach ${ACCEPTED_FILES}.`,
  markup: `HTML, SVG, XML and other markup files are not accepted, since they can carry scripts. Attach ${ACCEPTED_FILES}.`,
  macro:
    'Office documents with macros are not accepted. Save it without macros (.docx, .xlsx or .pptx) and attach that.',
  unknown: `This type of file is not accepted. Attach ${ACCEPTED_FILES}.`,
} as const

const fileProblem = (code: 'BAD_REQUEST' | 'PAYLOAD_TOO_LARGE' | 'UNSUPPORTED_MEDIA_TYPE', message: string) =>
  new ApiError(code, message, { errors: [{ path: 'file', message }] })

/** Size first, then what the bytes are: refusals name the file field and the accepted types. */
function checkFile(bytes: Uint8Array, name: string): SniffedFile {
  if (bytes.length === 0) throw fileProblem('BAD_REQUEST', 'The file is empty')
  if (bytes.length > MAX_ATTACHMENT_BYTES)
    throw fileProblem('PAYLOAD_TOO_LARGE', `Files may be at most ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB`)
  const sniffed = sniffAttachment(bytes, name)
  if ('refused' in sniffed) throw fileProblem('UNSUPPORTED_MEDIA_TYPE', REFUSALS[sniffed.refused])
  return sniffed
}

/** A member limited to some branches may not add to organisation-wide records (the policy says so too). */
function assertMayAttach(ctx: TenantCtx, record: { branchId: string | null }): void {
  if (ctx.actor.branchIds !== null && record.branchId === null)
    throw new ApiError(
      'FORBIDDEN',
      'Members limited to some branches cannot attach files to records that belong to no branch',
    )
}

/**
 * Stores the bytes in R2 (`crm/{tenantId}/{attachmentId}`) first, then the row; if the row
 * cannot be written (the record went, the quota filled meanwhile) the object is removed again,
 * so a row never points at nothing and nothing is stored without a row.
 */
export async function uploadAttachment(ctx: TenantCtx, upload: AttachmentUpload): Promise<Attachment> {
  const bytes = new Uint8Array(await upload.file.arrayBuffer())
  const sniffed = checkFile(bytes, upload.file.name)
  const { entity, entityId } = upload
  const record = await crmTx(ctx, (tx) => getAttachedRecordOrThrow(tx, ctx.tenantId, entity, entityId))
  assertMayAttach(ctx, record)
  const limitBytes = await storageLimitBytes(ctx)
  assertRoom({ usedBytes: await tenantStoredBytes(ctx), limitBytes }, bytes.length)
  const sha256 = toHex(await crypto.subtle.digest('SHA-256', bytes))
  const now = ctx.now()
  const id = newId('attachment', now.getTime())
  const r2Key = `crm/${ctx.tenantId}/${id}`
  await ctx.env.MEDIA.put(r2Key, bytes, { httpMetadata: { contentType: sniffed.contentType }, sha256 })
  let row: AttachmentRow
  try {
    row = await crmTx(ctx, async (tx) => {
      // Under the lock, the usage is summed again: another upload may have just used the room.
      await lockTenantStorage(tx, ctx.tenantId)
      assertRoom({ usedBytes: await tenantStoredBytes(ctx), limitBytes }, bytes.length)
      const current = await getAttachedRecordOrThrow(tx, ctx.tenantId, entity, entityId)
      return insertAttachment(tx, {
        id,
        tenantId: ctx.tenantId,
        entity,
        entityId,
        branchId: current.branchId,
        r2Key,
        filename: cleanFileName(upload.file.name, sniffed.extensions),
        contentType: sniffed.contentType,
        byteSize: bytes.length,
        sha256,
        uploadedByUserId: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
        createdAt: now,
      })
    })
  } catch (error) {
    await ctx.env.MEDIA.delete(r2Key)
    throw error
  }
  return toAttachment(row, await uploaderNames(ctx, [row]))
}
