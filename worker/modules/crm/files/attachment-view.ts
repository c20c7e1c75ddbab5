import { and, eq, inArray } from 'drizzle-orm'
import type { TenantCtx } from '../../../context.ts'
import { memberships, users } from '../../auth/index.ts'
import type { AttachmentRow } from './attachments.repo.ts'
import type { Attachment } from './files.schemas.ts'

const PREVIEWS: Record<string, Attachment['preview']> = {
  'image/png': 'image',
  'image/jpeg': 'image',
  'image/gif': 'image',
  'image/webp': 'image',
  'application/pdf': 'pdf',
}

/** How the dashboard may show a stored type before download: images and PDFs only. */
export const previewOf = (contentType: string): Attachment['preview'] => PREVIEWS[contentType] ?? null

/** Display names of the uploaders (members of this tenant only), one D1 query. */
export async function uploaderNames(
  ctx: TenantCtx,
  rows: readonly AttachmentRow[],
): Promise<Map<string, string>> {
  const ids = [...new Set(rows.flatMap((r) => (r.uploadedByUserId ? [r.uploadedByUserId] : [])))]
  if (ids.length === 0) return new Map()
  const found = await ctx.d1
    .select({ id: users.id, name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.tenantId, ctx.tenantId), inArray(users.id, ids)))
  return new Map(found.map((r) => [r.id, r.name]))
}

/** The only row → Attachment mapping. */
export function toAttachment(row: AttachmentRow, names: ReadonlyMap<string, string>): Attachment {
  return {
    id: row.id,
    entity: row.entity,
    entityId: row.entityId,
    filename: row.filename,
    contentType: row.contentType,
    byteSize: row.byteSize,
    sha256: row.sha256,
    preview: previewOf(row.contentType),
    uploadedBy: row.uploadedByUserId
      ? { userId: row.uploadedByUserId, name: names.get(row.uploadedByUserId) ?? null }
      : null,
    createdAt: row.createdAt.toISOString(),
  }
}
