// Writes one chunk of contact rows, in the chunk's transaction. E-mail and phone are identities:
// a row carrying one that a contact already has IS that contact, whatever the policy (the
// database allows one contact per address and number). Without an identity match, `skip` and
// `merge` also match a contact of the same name whose e-mail and phone do not contradict the
// row's; `create` never matches on names.
import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm'
import { newId } from '../../../lib/ids.ts'
import type { PgTx } from '../../../lib/pg.ts'
import { contacts } from '../contacts/contacts.tables.ts'
import { linkCompanies } from './import-companies.ts'
import type { ContactRow } from './import-rows.ts'
import type { ChunkResult, ChunkWriter } from './import-writer.ts'

type Existing = Pick<
  typeof contacts.$inferSelect,
  | 'id'
  | 'name'
  | 'email'
  | 'phone'
  | 'otherEmails'
  | 'otherPhones'
  | 'jobTitle'
  | 'ownerUserId'
  | 'tags'
  | 'customFields'
  | 'deletedAt'
> & { isNew?: boolean }

const columns = {
  id: contacts.id,
  name: contacts.name,
  email: contacts.email,
  phone: contacts.phone,
  otherEmails: contacts.otherEmails,
  otherPhones: contacts.otherPhones,
  jobTitle: contacts.jobTitle,
  ownerUserId: contacts.ownerUserId,
  tags: contacts.tags,
  customFields: contacts.customFields,
  deletedAt: contacts.deletedAt,
}

const textArray = (values: string[]) =>
  sql`array[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`
const squashName = (name: string) => name.trim().toLowerCase().replace(/\s+/g, ' ')

/** The contacts holding any of the rows' e-mails or phones (deleted ones too), locked for this chunk. */
async function byIdentity(tx: PgTx, tenantId: string, rows: ContactRow[]): Promise<Existing[]> {
  const emails = [...new Set(rows.flatMap((r) => (r.email ? [r.email] : [])))]
  const phones = [...new Set(rows.flatMap((r) => (r.phone ? [r.phone] : [])))]
  if (emails.length === 0 && phones.length === 0) return []
  return tx
    .select(columns)
    .from(contacts)
    .where(
      and(
        eq(contacts.tenantId, tenantId),
        or(
          emails.length ? inArray(contacts.email, emails) : undefined,
          phones.length ? inArray(contacts.phone, phones) : undefined,
          emails.length ? sql`${contacts.otherEmails} && ${textArray(emails)}` : undefined,
          phones.length ? sql`${contacts.otherPhones} && ${textArray(phones)}` : undefined,
        ),
      ),
    )
    .for('update')
}

async function byName(tx: PgTx, tenantId: string, names: string[]): Promise<Existing[]> {
  if (names.length === 0) return []
  return tx
    .select(columns)
    .from(contacts)
    .where(
      and(
        eq(contacts.tenantId, tenantId),
        isNull(contacts.deletedAt),
        sql`lower(${contacts.name}) in (${sql.join(
          names.map((n) => sql`${n}`),
          sql`, `,
        )})`,
      ),
    )
    .for('update')
}

/** Finds what each row is, keeps the chunk's own new contacts findable by later rows. */
class ContactIndex {
  private readonly byKey = new Map<string, Existing>()
  private readonly byNameKey = new Map<string, Existing[]>()

  add(contact: Existing) {
    for (const email of [contact.email, ...contact.otherEmails])
      if (email) this.byKey.set(`e:${email}`, contact)
    for (const phone of [contact.phone, ...contact.otherPhones])
      if (phone) this.byKey.set(`p:${phone}`, contact)
    if (!contact.deletedAt) {
      const key = squashName(contact.name)
      this.byNameKey.set(key, [...(this.byNameKey.get(key) ?? []), contact])
    }
  }

  identity(row: ContactRow): Existing | undefined {
    return (
      (row.email && this.byKey.get(`e:${row.email}`)) ||
      (row.phone && this.byKey.get(`p:${row.phone}`)) ||
      undefined
    )
  }

  owner(key: string): Existing | undefined {
    return this.byKey.get(key)
  }

  /** Same name, and no e-mail or phone on either side that tells them apart. */
  sameName(row: ContactRow): Existing | undefined {
    return this.byNameKey
      .get(squashName(row.name))
      ?.find((c) => (!row.email || !c.email) && (!row.phone || !c.phone))
  }
}

const union = (a: string[], b: string[]) => [...new Set([...a, ...b])]

/** Fills what the contact lacks from the row; an address another contact holds is left out. */
function mergeInto(c: Existing, row: ContactRow, index: ContactIndex, tags: string[]): Existing {
  const free = (key: string) => {
    const holder = index.owner(key)
    return !holder || holder.id === c.id
  }
  return {
    ...c,
    email: c.email ?? (row.email && free(`e:${row.email}`) ? row.email : null),
    phone: c.phone ?? (row.phone && free(`p:${row.phone}`) ? row.phone : null),
    jobTitle: c.jobTitle ?? row.jobTitle,
    ownerUserId: c.ownerUserId ?? row.ownerUserId,
    tags: union(c.tags, tags),
    customFields: { ...row.customFields, ...c.customFields },
  }
}

export const writeContactRows: ChunkWriter<ContactRow> = async (tx, w, rows) => {
  const result: ChunkResult = { created: 0, updated: 0, skipped: 0, problems: [], touched: [] }
  const index = new ContactIndex()
  for (const c of await byIdentity(tx, w.tenantId, rows)) index.add(c)
  if (w.policy !== 'create') {
    const unmatched = rows.filter((r) => !index.identity(r)).map((r) => squashName(r.name))
    for (const c of await byName(tx, w.tenantId, [...new Set(unmatched)])) index.add(c)
  }
  const created: { row: ContactRow; contact: Existing }[] = []
  const merged = new Map<string, Existing>()
  const links: { row: ContactRow; contact: Existing }[] = []
  for (const row of rows) {
    const match = index.identity(row) ?? (w.policy === 'create' ? undefined : index.sameName(row))
    const tags = union(row.tags, w.tag ? [w.tag] : [])
    if (match?.deletedAt) {
      result.problems.push({
        row: row.row,
        message:
          'Its e-mail or phone belongs to a contact deleted a few minutes ago (undo that delete, or import again after the daily purge)',
      })
    } else if (match && w.policy === 'skip') {
      result.skipped++
    } else if (match) {
      // A contact made earlier in this chunk is still to be inserted: merging into it is enough.
      Object.assign(match, mergeInto(match, row, index, tags))
      index.add(match)
      if (!match.isNew) merged.set(match.id, match)
      result.updated++
      links.push({ row, contact: match })
    } else {
      const contact: Existing = {
        id: newId('contact', w.now.getTime()),
        name: row.name,
        email: row.email,
        phone: row.phone,
        otherEmails: [],
        otherPhones: [],
        jobTitle: row.jobTitle,
        ownerUserId: row.ownerUserId,
        tags,
        customFields: row.customFields,
        deletedAt: null,
        isNew: true,
      }
      index.add(contact)
      created.push({ row, contact })
      links.push({ row, contact })
    }
  }
  const refused = await insertContacts(tx, w, created, result)
  await updateContacts(tx, w.tenantId, [...merged.values()], w.now)
  result.touched.push(...merged.keys())
  await linkCompanies(
    tx,
    w,
    links
      .filter(({ contact }) => !refused.has(contact.id))
      .map(({ row, contact }) => ({
        contactId: contact.id,
        isNew: !!contact.isNew,
        name: row.company,
        domain: row.companyDomain,
      })),
  )
  return result
}

async function insertContacts(
  tx: PgTx,
  w: Parameters<ChunkWriter<ContactRow>>[1],
  created: { row: ContactRow; contact: Existing }[],
  result: ChunkResult,
): Promise<Set<string>> {
  const refused = new Set<string>()
  if (created.length === 0) return refused
  const inserted = await tx
    .insert(contacts)
    .values(
      created.map(({ row, contact }) => ({
        id: contact.id,
        tenantId: w.tenantId,
        name: contact.name,
        email: contact.email,
        phone: contact.phone,
        jobTitle: contact.jobTitle,
        ownerUserId: contact.ownerUserId,
        branchId: w.branchId,
        tags: contact.tags,
        lifecycleStage: row.lifecycleStage ?? undefined,
        source: 'import',
        customFields: contact.customFields,
        createdAt: w.now,
        updatedAt: w.now,
      })),
    )
    .onConflictDoNothing()
    .returning({ id: contacts.id })
  const ids = new Set(inserted.map((r) => r.id))
  for (const { row, contact } of created) {
    if (ids.has(contact.id)) {
      result.created++
      result.touched.push(contact.id)
    } else {
      refused.add(contact.id)
      result.problems.push({
        row: row.row,
        message: 'Its e-mail or phone belongs to a contact outside the branches you can see',
      })
    }
  }
  return refused
}

/** One statement for the chunk's merged contacts: their filled-in values from a JSON record set. */
async function updateContacts(tx: PgTx, tenantId: string, merged: Existing[], now: Date) {
  if (merged.length === 0) return
  const values = merged.map((c) => ({
    id: c.id,
    email: c.email,
    phone: c.phone,
    job_title: c.jobTitle,
    owner_user_id: c.ownerUserId,
    tags: c.tags,
    custom_fields: c.customFields,
  }))
  await tx.execute(sql`
    update ${contacts} as c set
      email = v.email, phone = v.phone, job_title = v.job_title, owner_user_id = v.owner_user_id,
      tags = v.tags, custom_fields = v.custom_fields, updated_at = ${now}
    from jsonb_to_recordset(${JSON.stringify(values)}::jsonb)
      as v(id text, email text, phone text, job_title text, owner_user_id text, tags text[], custom_fields jsonb)
    where c.id = v.id and c.tenant_id = ${tenantId}`)
}
