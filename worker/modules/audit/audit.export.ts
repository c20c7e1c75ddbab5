import type { TenantCtx } from '../../context.ts'
import { csvRow } from '../../lib/csv.ts'
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
  const encoder = new TextEncoder()
  let sent = 0
  let after: repo.AuditPosition | undefined
  let started = false
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true
        // The byte order mark tells Excel the file is UTF-8, so names with accents survive.
        controller.enqueue(encoder.encode(`\uFEFF${csvRow(HEADER)}`))
        return
      }
      const limit = Math.min(PAGE_ROWS, rows - sent)
      const page =
        limit > 0 ? await repo.listAuditEvents(ctx.d1, ctx.tenantId, filters, { limit, after }) : []
      if (page.length === 0) {
        controller.close()
        return
      }
      const events = await toAuditEvents(ctx, page)
      controller.enqueue(encoder.encode(events.map(toCsvLine).join('')))
      sent += page.length
      const last = page.at(-1)
      after = last ? { createdAt: last.createdAt, id: last.id } : undefined
    },
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
