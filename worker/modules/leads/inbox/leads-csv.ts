import { count, eq } from 'drizzle-orm'
import type { TenantCtx } from '../../../context.ts'
import { csvRow } from '../../../lib/csv.ts'
import { csvStream } from '../../../lib/csv-stream.ts'
import { connectPg, withTenant } from '../../../lib/pg.ts'
import { recordAudit } from '../../audit/index.ts'
import { branches } from '../../brands/brands.tables.ts'
import { contacts } from '../../crm/contacts/contacts.tables.ts'
import { leads } from '../leads.tables.ts'
import { allMemberNames } from './assignee.ts'
import { type InboxLeadRow, type LeadPosition, listLeadPage } from './inbox.repo.ts'
import type { LeadFilters } from './inbox.schemas.ts'
import { leadConditions } from './lead-filters.ts'

/** A large inbox is exported in date ranges; one file stays a size spreadsheets open. */
export const LEADS_EXPORT_MAX_ROWS = 50_000
const PAGE_ROWS = 500

const HEADER = [
  'lead_id',
  'received_at',
  'name',
  'email',
  'phone',
  'message',
  'status',
  'source',
  'source_id',
  'form_id',
  'brand_id',
  'branch_id',
  'branch',
  'owner_user_id',
  'owner',
  'assigned_at',
  'assignment_reason',
  'spam',
  'spam_score',
  'spam_reasons',
  'sla_due_at',
  'first_response_at',
  'sla_breached_at',
  'escalation_level',
  'touches',
  'last_touch_at',
  'utm_source',
  'utm_medium',
  'utm_campaign',
  'utm_term',
  'utm_content',
  'consent_contact_version',
  'consent_contact_at',
  'consent_marketing_version',
  'consent_marketing_at',
]

const iso = (d: Date | null) => d?.toISOString() ?? null

function toLine(row: InboxLeadRow, branchNames: Map<string, string>, ownerNames: Map<string, string>) {
  const { utm, consent } = row
  return csvRow([
    row.id,
    row.createdAt.toISOString(),
    row.name,
    row.email,
    row.phone,
    row.message,
    row.status,
    row.source,
    row.sourceId,
    row.formId,
    row.brandId,
    row.branchId,
    branchNames.get(row.branchId),
    row.ownerUserId,
    row.ownerUserId ? ownerNames.get(row.ownerUserId) : null,
    iso(row.assignedAt),
    row.assignmentReason,
    String(row.spam),
    String(row.spamScore),
    row.spamReasons.join(' '),
    iso(row.slaDueAt),
    iso(row.firstResponseAt),
    iso(row.slaBreachedAt),
    String(row.escalationLevel),
    String(row.touchCount),
    iso(row.lastTouchAt ?? row.createdAt),
    utm?.source,
    utm?.medium,
    utm?.campaign,
    utm?.term,
    utm?.content,
    consent?.contact?.version,
    consent?.contact?.at,
    consent?.marketing?.version,
    consent?.marketing?.at,
  ])
}

async function branchNamesOf(ctx: TenantCtx) {
  const rows = await ctx.d1
    .select({ id: branches.id, name: branches.name })
    .from(branches)
    .where(eq(branches.tenantId, ctx.tenantId))
  return new Map(rows.map((b) => [b.id, b.name]))
}

export interface LeadsCsv {
  body: ReadableStream<Uint8Array>
  rows: number
  truncated: boolean
}

/**
 * The leads the actor may see that match the filters, newest first, streamed a page at a time.
 * The stream outlives the request's Postgres pool, so it reads through a pool of its own,
 * closed when the last row is sent. The export is audited before the first byte leaves.
 */
export async function exportLeadsCsv(ctx: TenantCtx, filters: LeadFilters): Promise<LeadsCsv> {
  const where = leadConditions(ctx, filters)
  const [matched] = await withTenant(ctx.pg(), ctx.tenantId, (tx) =>
    tx.select({ n: count() }).from(leads).innerJoin(contacts, eq(contacts.id, leads.contactId)).where(where),
  )
  const total = matched?.n ?? 0
  const rows = Math.min(total, LEADS_EXPORT_MAX_ROWS)
  await recordAudit(ctx, {
    action: 'data.leads_exported',
    tenantId: ctx.tenantId,
    actor: ctx.actor,
    metadata: { filters, rows, truncated: total > rows },
  })
  const branchNames = await branchNamesOf(ctx)
  const ownerNames = await allMemberNames(ctx)
  const pg = connectPg(ctx.env.HYPERDRIVE.connectionString)
  const body = csvStream({
    header: HEADER,
    rows,
    pageSize: PAGE_ROWS,
    page: (limit, after: LeadPosition | undefined) =>
      withTenant(pg.db, ctx.tenantId, (tx) => listLeadPage(tx, ctx.tenantId, where, limit, after)),
    lines: (page) => page.map((row) => toLine(row, branchNames, ownerNames)),
    cursor: (last): LeadPosition => ({ createdAt: last.createdAt, id: last.id }),
  })
  // An abandoned download leaves the pool to its idle timeout.
  const close = () => void pg.close().catch(() => undefined)
  return {
    body: body.pipeThrough(new TransformStream({ flush: close })),
    rows,
    truncated: total > rows,
  }
}
