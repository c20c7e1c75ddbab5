import type { TenantCtx } from '../../context.ts'
import { csvRow } from '../../lib/csv.ts'
import { csvStream } from '../../lib/csv-stream.ts'
import * as repo from './audit.repo.ts'
import type { AuditFilters } from './audit.schemas.ts'
import { assertWholeTenantReader, recordAudit, toAuditEvents } from './audit.service.ts'

/** Enough for any honest review; a larger log is exported in date ranges. */
export const AUDIT_EXPORT_MAX_ROWS = 50_000
const PAGE_ROWS = 500

const HEADER = [
  'id',
  'created_at',
  'action',
  'actor_type',
  'actor_id',
  'actor',
  'impersonator_id',
  'target_type',
  'target_id',
  'ip',
  'user_agent',
  'location',
  'metadata',
]

export interface AuditExport {
  body: ReadableStream<Uint8Array>
  rows: number
  truncated: boolean
}

/**
 * Streams the filtered log as CSV, newest first, a page at a time so memory stays flat. The
 * export is audited before the first byte leaves: it is the act of taking the log away that
 * counts, whether or not the download finishes.
 */
export async function exportAuditCsv(ctx: TenantCtx, filters: AuditFilters): Promise<AuditExport> {
  assertWholeTenantReader(ctx)
  const total = await repo.countAuditEvents(ctx.d1, ctx.tenantId, filters)
  const rows = Math.min(total, AUDIT_EXPORT_MAX_ROWS)
  await recordAudit(ctx, {
    action: 'audit.exported',
    tenantId: ctx.tenantId,
    actor: ctx.actor,
    metadata: { filters, rows, truncated: total > rows },
  })
  const body = csvStream({
    header: HEADER,
    rows,
    pageSize: PAGE_ROWS,
    page: (limit, after: repo.AuditPosition | undefined) =>
      repo.listAuditEvents(ctx.d1, ctx.tenantId, filters, { limit, after }),
    lines: async (page) => (await toAuditEvents(ctx, page)).map(toCsvLine),
    cursor: (last) => ({ createdAt: last.createdAt, id: last.id }),
  })
  return { body, rows, truncated: total > rows }
}

const toCsvLine = (e: Awaited<ReturnType<typeof toAuditEvents>>[number]) =>
  csvRow([
    e.id,
    e.createdAt,
    e.action,
    e.actor.type,
    e.actor.id,
    e.actor.label,
    e.impersonatorId,
    e.target?.type,
    e.target?.id,
    e.ip,
    e.userAgent,
    e.location,
    e.metadata ? JSON.stringify(e.metadata) : null,
  ])
