import type { TenantCtx } from '../../../context.ts'
import { crmTx } from '../crm-tx.ts'
import { loadFieldDefs } from '../fields/field-defs.ts'
import { filterSql, sortSql } from '../filters/filter-sql.ts'
import { toContact } from './contact-view.ts'
import { listContactRows } from './contacts.repo.ts'
import type { ContactList, ListContactsQuery } from './contacts.schemas.ts'

/**
 * A page of the contacts the actor may see that match the filter, in the chosen order. The
 * cursor is a keyset position (sort value and id), so every page costs the same.
 */
export async function listContacts(ctx: TenantCtx, query: ListContactsQuery): Promise<ContactList> {
  const filter = { ...query.filter, q: query.q || query.filter?.q }
  const sort = query.sort ? { field: query.sort, direction: query.direction ?? 'desc' } : undefined
  return crmTx(ctx, async (tx) => {
    const defs = await loadFieldDefs(tx, ctx.tenantId, 'contact')
    const plan = sortSql('contact', sort, defs)
    const where = filterSql('contact', filter, defs)
    const rows = await listContactRows(tx, ctx.tenantId, where, plan, query.cursor, query.limit)
    const page = rows.slice(0, query.limit)
    const last = page.at(-1)
    return {
      items: page.map(({ sortKey: _key, ...row }) => toContact(row)),
      nextCursor: rows.length > query.limit && last ? plan.cursorOf(last) : null,
    }
  })
}
