// CSV export of any filtered CRM view, streamed a page at a time so memory stays flat. The
// stream outlives the request's Postgres pool, so it reads through a pool of its own, under
// the reader's tenant and branch scope, closed when the last row is sent.
import { eq } from 'drizzle-orm'
import type { TenantCtx } from '../../../context.ts'
import { csvRow } from '../../../lib/csv.ts'
import { csvStream } from '../../../lib/csv-stream.ts'
import { connectPg, withTenant } from '../../../lib/pg.ts'
import { recordAudit } from '../../audit/index.ts'
import { memberships, users } from '../../auth/auth.tables.ts'
import { branches } from '../../brands/brands.tables.ts'
import { crmTx } from '../crm-tx.ts'
import { loadFieldDefs } from '../fields/field-defs.ts'
import { filterSql } from '../filters/filter-sql.ts'
import type { ExportBody } from './export.schemas.ts'
import { exportColumns, type Lookups } from './export-columns.ts'
import { countMatching, EXPORT_PAGES } from './export-pages.ts'

/** One file stays a size spreadsheets open; a larger view is exported in parts (filters). */
export const CRM_EXPORT_MAX_ROWS = 100_000
const PAGE_ROWS = 500

async function lookupsOf(ctx: TenantCtx): Promise<Lookups> {
  const [owners, branchRows] = await Promise.all([
    ctx.d1
      .select({ id: users.id, email: users.email })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(eq(memberships.tenantId, ctx.tenantId)),
    ctx.d1
      .select({ id: branches.id, name: branches.name })
      .from(branches)
      .where(eq(branches.tenantId, ctx.tenantId)),
  ])
  return {
    owners: new Map(owners.map((o) => [o.id, o.email])),
    branches: new Map(branchRows.map((b) => [b.id, b.name])),
  }
}

export interface CrmCsv {
  body: ReadableStream<Uint8Array>
  rows: number
  truncated: boolean
}

/**
 * The records of `entity` the reader may see that match the filter, as CSV. A bad filter or
 * column is refused (400) before anything is sent; the export is audited before the first byte.
 */
export async function exportCrmCsv(ctx: TenantCtx, body: ExportBody): Promise<CrmCsv> {
  const { entity, filter } = body
  const { columns, where, total } = await crmTx(ctx, async (tx) => {
    const defs = await loadFieldDefs(tx, ctx.tenantId, entity)
    const columns = exportColumns(entity, defs, body.columns)
    const where = filterSql(entity, filter, defs)
    return { columns, where, total: await countMatching(tx, entity, ctx.tenantId, where) }
  })
  const rows = Math.min(total, CRM_EXPORT_MAX_ROWS)
  await recordAudit(ctx, {
    action: 'crm.exported',
    tenantId: ctx.tenantId,
    actor: ctx.actor,
    metadata: { entity, filter, columns: columns.map((c) => c.key), rows, truncated: total > rows },
  })
  const lookups = await lookupsOf(ctx)
  const pg = connectPg(ctx.env.HYPERDRIVE.connectionString)
  const page = EXPORT_PAGES[entity]
  const stream = csvStream({
    header: columns.map((c) => c.header),
    rows,
    pageSize: PAGE_ROWS,
    page: (limit, after: string | undefined) =>
      withTenant(
        pg.db,
        ctx.tenantId,
        (tx) => page(tx, ctx.tenantId, where, limit, after),
        ctx.actor.branchIds,
      ),
    lines: (records) => records.map((row) => csvRow(columns.map((c) => c.cell(row, lookups)))),
    cursor: (last) => last.id,
  })
  // An abandoned download leaves the pool to its idle timeout.
  const close = () => void pg.close().catch(() => undefined)
  return { body: stream.pipeThrough(new TransformStream({ flush: close })), rows, truncated: total > rows }
}
