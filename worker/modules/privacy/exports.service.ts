import type { Ctx, TenantCtx } from '../../context.ts'
import { ApiError } from '../../lib/errors.ts'
import { newId } from '../../lib/ids.ts'
import { auditInsert, recordAudit } from '../audit/index.ts'
import { assertCan } from '../auth/index.ts'
import { checkDownloadLink } from './export/links.ts'
import { enqueueExport } from './export/message.ts'
import { failExport, findExport, findPendingExport, isTenantDeleted, listExportsOf } from './privacy.repo.ts'
import { type DataExport, toDataExport } from './privacy.schemas.ts'
import { dataExports } from './privacy.tables.ts'

type Member = Extract<TenantCtx['actor'], { kind: 'user' }>

function memberOf(ctx: TenantCtx): Member {
  if (ctx.actor.kind !== 'user') throw new ApiError('FORBIDDEN', 'Exports are for people, not API keys')
  return ctx.actor
}

/**
 * Queues an export: a person's own data, or (with data.export) the whole organisation's. One
 * of each kind may be in progress at a time.
 */
export async function requestExport(ctx: TenantCtx, scope: DataExport['scope']): Promise<DataExport> {
  const actor = memberOf(ctx)
  if (scope === 'tenant') assertCan(actor, 'data.export')
  const tenantId = scope === 'tenant' ? ctx.tenantId : null
  if (await findPendingExport(ctx.d1, actor.userId, scope, tenantId)) {
    throw new ApiError('CONFLICT', 'An export of this kind is already being prepared; wait for it to finish')
  }
  const now = ctx.now()
  const row = {
    id: newId('dataExport', now.getTime()),
    scope,
    tenantId,
    requestedBy: actor.userId,
    status: 'queued' as const,
    progress: 0,
    objectKey: null,
    bytes: null,
    error: null,
    completedAt: null,
    createdAt: now,
  }
  await ctx.d1.batch([
    ctx.d1.insert(dataExports).values(row),
    auditInsert(ctx, {
      action: 'data.export_requested',
      tenantId: ctx.tenantId,
      actor,
      target: { type: 'data_export', id: row.id },
      metadata: { scope },
    }),
  ])
  try {
    await enqueueExport(ctx, { kind: 'export.requested', exportId: row.id, tenantId })
  } catch (error) {
    ctx.log.error('export could not be queued', { exportId: row.id, error })
    await failExport(ctx.d1, row.id, 'The export could not be queued', ctx.now())
    throw new ApiError('UNAVAILABLE', 'The export could not be started; try again in a moment')
  }
  return toDataExport(row)
}

export async function listExports(ctx: TenantCtx): Promise<DataExport[]> {
  const actor = memberOf(ctx)
  return (await listExportsOf(ctx.d1, actor.userId, ctx.tenantId)).map(toDataExport)
}

export interface ExportDownload {
  body: ReadableStream
  size: number
  filename: string
}

/**
 * Opens a finished archive for a signed link. The link is the credential: a bad signature is
 * refused (403), an expired one or an archive that is gone answers 410.
 */
export async function openExportDownload(
  ctx: Ctx,
  exportId: string,
  expires: number,
  signature: string,
): Promise<ExportDownload> {
  const check = await checkDownloadLink(ctx.config.SESSION_SECRET, exportId, expires, signature, ctx.now())
  if (check === 'invalid') throw new ApiError('FORBIDDEN', 'This download link is not valid')
  if (check === 'expired') throw new ApiError('GONE', 'This download link has expired; request a new export')
  const row = await findExport(ctx.d1, exportId)
  if (!row?.objectKey || row.status !== 'ready')
    throw new ApiError('GONE', 'This export is no longer available')
  if (row.tenantId && (await isTenantDeleted(ctx.d1, row.tenantId))) {
    throw new ApiError('GONE', 'This organisation has been deleted')
  }
  const object = await ctx.env.MEDIA.get(row.objectKey)
  if (!object) throw new ApiError('GONE', 'This export is no longer available')
  await recordAudit(ctx, {
    action: 'data.export_downloaded',
    tenantId: row.tenantId,
    // Whoever holds the link: it was e-mailed to the requester, but the download proves no identity.
    actor: { kind: 'system' },
    actorLabel: 'signed download link',
    target: { type: 'data_export', id: row.id },
    metadata: { scope: row.scope, requestedBy: row.requestedBy },
  })
  return { body: object.body, size: object.size, filename: `vitrine-export-${row.id}.zip` }
}
