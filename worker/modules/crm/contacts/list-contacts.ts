import type { TenantCtx } from '../../../context.ts'
import { crmTx } from '../crm-tx.ts'
import { recordListQuery } from '../shared/sorted-page.ts'
import { toContact } from './contact-view.ts'
import { listContactPage } from './contacts.repo.ts'
import type { ContactList, ListContactsQuery } from './contacts.schemas.ts'

/**
 * A page of the contacts the actor may see that match the filter, in the chosen order. The
 * cursor is a keyset position (sort value and id), so every page costs the same.
 */
export async function listContacts(ctx: TenantCtx, query: ListContactsQuery): Promise<ContactList> {
  return crmTx(ctx, async (tx) => {
    const pageQuery = await recordListQuery(tx, ctx.tenantId, 'contact', query)
    const { page, nextCursor } = await listContactPage(tx, ctx.tenantId, pageQuery)
    return { items: page.map((row) => toContact(row)), nextCursor }
  })
}
