import type { TenantCtx } from '../../../context.ts'
import { ApiError } from '../../../lib/errors.ts'
import { assertIdCursor, idPage } from '../../../lib/paging.ts'
import { recordAudit } from '../../audit/index.ts'
import { crmTx } from '../crm-tx.ts'
import { toAttachment, uploaderNames } from './attachment-view.ts'
import {
  type AttachmentRow,
  findAttachment,
  getAttachedRecordOrThrow,
  listAttachmentRows,
  softDeleteAttachment,
} from './attachments.repo.ts'
import { signFileLink } from './file-links.ts'
import type { AttachmentLinks, AttachmentList, ListAttachmentsQuery } from './files.schemas.ts'

/** A record's files; the record must exist and be visible to the actor (404 otherwise). */
export async function listAttachments(ctx: TenantCtx, query: ListAttachmentsQuery): Promise<AttachmentList> {
  assertIdCursor('attachment', query.cursor)
  const rows = await crmTx(ctx, async (tx) => {
    await getAttachedRecordOrThrow(tx, ctx.tenantId, query.entity, query.entityId)
    return listAttachmentRows(tx, ctx.tenantId, query, { before: query.cursor, limit: query.limit + 1 })
  })
  const { page, nextCursor } = idPage(rows, query.limit)
  const names = await uploaderNames(ctx, page)
  return { items: page.map((row) => toAttachment(row, names)), nextCursor }
}

async function getAttachmentOrThrow(ctx: TenantCtx, attachmentId: string): Promise<AttachmentRow> {
  const row = await crmTx(ctx, (tx) => findAttachment(tx, ctx.tenantId, attachmentId))
  if (!row) throw new ApiError('NOT_FOUND', `Attachment ${attachmentId} not found`)
  return row
}

/**
 * Marks the file deleted and removes its bytes inside the same transaction: if R2 fails the
 * row stays live (and the person can try again), so the quota never counts bytes that are gone.
 */
export async function deleteAttachment(ctx: TenantCtx, attachmentId: string): Promise<void> {
  const row = await crmTx(ctx, async (tx) => {
    const found = await findAttachment(tx, ctx.tenantId, attachmentId)
    if (!found) throw new ApiError('NOT_FOUND', `Attachment ${attachmentId} not found`)
    if (ctx.actor.branchIds !== null && found.branchId === null)
      throw new ApiError(
        'FORBIDDEN',
        'Members limited to some branches cannot remove files from records that belong to no branch',
      )
    await softDeleteAttachment(tx, ctx.tenantId, attachmentId, ctx.now())
    await ctx.env.MEDIA.delete(found.r2Key)
    return found
  })
  await recordAudit(ctx, {
    action: 'crm.attachment_deleted',
    tenantId: ctx.tenantId,
    actor: ctx.actor,
    target: { type: 'attachment', id: attachmentId },
    metadata: { filename: row.filename, entity: row.entity, entityId: row.entityId, byteSize: row.byteSize },
  })
}

/** Two five-minute links: one to show the file (images, PDFs), one to download it. */
export async function attachmentLinks(ctx: TenantCtx, attachmentId: string): Promise<AttachmentLinks> {
  const row = await getAttachmentOrThrow(ctx, attachmentId)
  const secret = ctx.config.SESSION_SECRET
  const base = { attachmentId: row.id, tenantId: ctx.tenantId }
  const [view, download] = await Promise.all([
    signFileLink(secret, { ...base, mode: 'i' }, ctx.now()),
    signFileLink(secret, { ...base, mode: 'a' }, ctx.now()),
  ])
  const origin = ctx.config.PUBLIC_ORIGIN.replace(/\/+$/, '')
  return {
    url: `${origin}/files/${view.token}`,
    downloadUrl: `${origin}/files/${download.token}`,
    expiresAt: view.expiresAt.toISOString(),
  }
}
