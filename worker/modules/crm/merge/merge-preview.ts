import { and, eq, inArray } from 'drizzle-orm'
import type { TenantCtx } from '../../../context.ts'
import type { PgTx } from '../../../lib/pg.ts'
import { memberships, users } from '../../auth/index.ts'
import { branches } from '../../brands/brands.tables.ts'
import { companies } from '../contacts/contacts.tables.ts'
import { crmTx } from '../crm-tx.ts'
import { loadFieldDefs } from '../fields/field-defs.ts'
import { companyMergeFields } from './company-merge-values.ts'
import { CONTACT_MERGE_FIELDS } from './contact-merge-values.ts'
import type { MergeEntity, MergePreview } from './merge.schemas.ts'
import { loadCompanies } from './merge-companies.ts'
import { loadContacts } from './merge-contacts.ts'
import { customKeysOf, type Mergeable, type MergeField, sourceOf } from './merge-fields.ts'

const KEPT = {
  contact: [
    'Every lead, activity, deal, company link and file of each contact',
    'Every e-mail address and phone number (those not chosen become further ones)',
    'Every tag',
  ],
  company: ['Every contact link, deal, activity, file and subsidiary of each company', 'Every tag'],
}

// Fields that hold ids: shown by the name of what they point at.
const NAMED: Record<string, 'users' | 'branches' | 'companies'> = {
  ownerUserId: 'users',
  branchId: 'branches',
  parentId: 'companies',
}

type Ids = Record<'users' | 'branches' | 'companies', string[]>

async function namesFor(ctx: TenantCtx, tx: PgTx, ids: Ids): Promise<Map<string, string>> {
  const rows = [
    ...(ids.users.length > 0
      ? await ctx.d1
          .select({ id: users.id, name: users.name })
          .from(memberships)
          .innerJoin(users, eq(users.id, memberships.userId))
          .where(and(eq(memberships.tenantId, ctx.tenantId), inArray(users.id, ids.users)))
      : []),
    ...(ids.branches.length > 0
      ? await ctx.d1
          .select({ id: branches.id, name: branches.name })
          .from(branches)
          .where(and(eq(branches.tenantId, ctx.tenantId), inArray(branches.id, ids.branches)))
      : []),
    ...(ids.companies.length > 0
      ? await tx
          .select({ id: companies.id, name: companies.name })
          .from(companies)
          .where(and(eq(companies.tenantId, ctx.tenantId), inArray(companies.id, ids.companies)))
      : []),
  ]
  return new Map(rows.map((r) => [r.id, r.name]))
}

const asText = (value: unknown): string | null => {
  if (value === null || value === undefined || value === '') return null
  if (Array.isArray(value)) return value.length > 0 ? value.join(', ') : null
  return String(value)
}

interface Shown extends Mergeable {
  name: string
  createdAt: Date
}

async function preview<R extends Shown>(
  ctx: TenantCtx,
  tx: PgTx,
  entity: MergeEntity,
  specs: MergeField<R>[],
  records: R[],
  summary: (record: R) => (string | null)[],
): Promise<MergePreview> {
  const defs = await loadFieldDefs(tx, ctx.tenantId, entity)
  const labelOf = new Map(defs.map((d) => [d.key, d.label]))
  const custom = [...new Set([...defs.map((d) => d.key), ...customKeysOf(records)])].map((key) => ({
    key: `custom.${key}`,
    label: labelOf.get(key) ?? key,
    read: (r: R) => r.customFields[key] ?? null,
  }))
  const ids: Ids = { users: [], branches: [], companies: [] }
  for (const spec of specs.filter((s) => NAMED[s.key])) {
    for (const r of records) {
      const value = spec.read(r)
      if (typeof value === 'string') ids[NAMED[spec.key]!].push(value)
    }
  }
  const names = await namesFor(ctx, tx, ids)
  const fields = [...specs, ...custom].map((spec) => {
    const options = records.map((r) => {
      const value = asText(spec.read(r))
      return { recordId: r.id, value: value && NAMED[spec.key] ? (names.get(value) ?? value) : value }
    })
    return {
      key: spec.key,
      label: spec.label,
      options,
      defaultRecordId: sourceOf(records, spec, {}).id,
      differs: new Set(options.map((o) => o.value ?? '')).size > 1,
    }
  })
  return {
    entity,
    records: records.map((r) => ({
      id: r.id,
      name: r.name,
      createdAt: r.createdAt.toISOString(),
      summary: summary(r).filter((v): v is string => !!v),
    })),
    // A field none of them fills needs no choice.
    fields: fields.filter((f) => f.options.some((o) => o.value !== null)),
    kept: KEPT[entity],
  }
}

/**
 * What a merge of these records would keep, field by field, as the dialog shows it: each
 * record's value (names, not ids), which one is taken unless someone picks another, and
 * whether they differ. Same visibility as the merge: a record one cannot see is a 404.
 */
export function previewMerge(ctx: TenantCtx, entity: MergeEntity, ids: string[]): Promise<MergePreview> {
  return crmTx(ctx, async (tx) => {
    if (entity === 'contact') {
      const records = await loadContacts(tx, ctx.tenantId, ids, false)
      return preview(ctx, tx, entity, CONTACT_MERGE_FIELDS, records, (r) => [r.email, r.phone, r.jobTitle])
    }
    const records = await loadCompanies(tx, ctx.tenantId, ids, false)
    return preview(ctx, tx, entity, companyMergeFields(records), records, (r) => [
      r.domain,
      r.city,
      r.country,
    ])
  })
}
