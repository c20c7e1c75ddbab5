/**
 * What an organisation's export holds: its platform data from D1 and its CRM from Postgres.
 * Every query is filtered by the tenant, and Postgres reads run through `withTenant`, so row
 * level security says the same again. Secrets (API key and invitation hashes, password
 * hashes) are never selected.
 */
import { and, asc, eq, gt } from 'drizzle-orm'
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core'
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core'
import type { Ctx } from '../../../context.ts'
import { withTenant } from '../../../lib/pg.ts'
import { apiKeys } from '../../api-keys/api-keys.tables.ts'
import { auditEvents } from '../../audit/audit.tables.ts'
import { memberships, users } from '../../auth/auth.tables.ts'
import { branches, brands, slugRedirects, staffMembers } from '../../brands/brands.tables.ts'
import {
  activities,
  activityTemplates,
  attachments,
  companies,
  contactCompanies,
  contacts,
  crmFields,
  crmImports,
  crmViews,
  dealStageChanges,
  deals,
  pipelines,
  scoringRules,
  stageAutomations,
  stages,
} from '../../crm/index.ts'
import { hostnames } from '../../domains/index.ts'
import { leads } from '../../leads/leads.tables.ts'
import { mediaAssets } from '../../media/media.tables.ts'
import { sites, siteVersions } from '../../sites/sites.tables.ts'
import { branchScopesWhere } from '../../team/index.ts'
import { invitations } from '../../team/team.tables.ts'
import { tenants } from '../../tenants/tenants.tables.ts'
import { qrSections } from './qr-data.ts'
import { onePage, pagesById, type Section } from './sections.ts'

type CrmTable = PgTable & { id: PgColumn; tenantId: PgColumn }
type D1Table = SQLiteTable & { id: SQLiteColumn; tenantId: SQLiteColumn }

export function tenantSections(ctx: Ctx, tenantId: string): Section[] {
  const db = ctx.d1
  /** This tenant's rows with ids above `id`: the WHERE of one keyset page. */
  const after = (table: CrmTable | D1Table, id: string) => and(eq(table.tenantId, tenantId), gt(table.id, id))

  /** Every row of one CRM table for this tenant, a page per transaction. */
  const crmPages = (table: CrmTable) =>
    pagesById(
      (id, limit) =>
        withTenant(ctx.pg(), tenantId, (tx) =>
          tx.select().from(table).where(after(table, id)).orderBy(asc(table.id)).limit(limit),
        ) as Promise<{ id: string }[]>,
    )

  /** Every row of one (possibly long) D1 table for this tenant, a page at a time. */
  const d1Pages = (table: D1Table) =>
    pagesById(
      async (id, limit) =>
        (await db.select().from(table).where(after(table, id)).orderBy(asc(table.id)).limit(limit)) as {
          id: string
        }[],
    )

  return [
    {
      file: 'organisation.json',
      about: 'The organisation: name, plan, status',
      single: true,
      pages: () =>
        onePage(() =>
          db
            .select({
              id: tenants.id,
              name: tenants.name,
              planId: tenants.planId,
              status: tenants.status,
              createdAt: tenants.createdAt,
            })
            .from(tenants)
            .where(eq(tenants.id, tenantId)),
        ),
    },
    {
      file: 'members.json',
      about: 'Members, their roles and branch scopes',
      pages: () =>
        onePage(async () => {
          const rows = await db
            .select({
              membershipId: memberships.id,
              userId: users.id,
              email: users.email,
              name: users.name,
              role: memberships.role,
              joinedAt: memberships.createdAt,
            })
            .from(memberships)
            .innerJoin(users, eq(users.id, memberships.userId))
            .where(eq(memberships.tenantId, tenantId))
            .orderBy(asc(memberships.createdAt))
          const scopes = await branchScopesWhere(db, eq(memberships.tenantId, tenantId))
          return rows.map((row) => ({ ...row, branchIds: scopes.get(row.membershipId) ?? null }))
        }),
    },
    {
      file: 'invitations.json',
      about: 'Invitations sent, accepted or revoked',
      pages: () =>
        onePage(() =>
          db
            .select({
              id: invitations.id,
              email: invitations.email,
              role: invitations.role,
              branchIds: invitations.branchIds,
              invitedBy: invitations.invitedBy,
              expiresAt: invitations.expiresAt,
              acceptedAt: invitations.acceptedAt,
              revokedAt: invitations.revokedAt,
              createdAt: invitations.createdAt,
            })
            .from(invitations)
            .where(eq(invitations.tenantId, tenantId))
            .orderBy(asc(invitations.createdAt)),
        ),
    },
    {
      file: 'brands.json',
      about: 'Brands',
      pages: () => onePage(() => db.select().from(brands).where(eq(brands.tenantId, tenantId))),
    },
    {
      file: 'branches.json',
      about: 'Branches',
      pages: () => onePage(() => db.select().from(branches).where(eq(branches.tenantId, tenantId))),
    },
    {
      file: 'sites.json',
      about: 'One microsite per branch: its working draft and which version is published',
      pages: () =>
        onePage(() =>
          db
            .select({
              id: sites.id,
              branchId: sites.branchId,
              publishedVersionId: sites.publishedVersionId,
              draft: sites.draft,
              draftUpdatedAt: sites.draftUpdatedAt,
              draftUpdatedBy: sites.draftUpdatedBy,
              previewExpiresAt: sites.previewExpiresAt,
              createdAt: sites.createdAt,
            })
            .from(sites)
            .where(eq(sites.tenantId, tenantId)),
        ),
    },
    {
      file: 'staff-members.json',
      about: "People on each branch's team, with their personal cards",
      pages: () => d1Pages(staffMembers),
    },
    {
      file: 'slug-redirects.json',
      about: 'Old addresses that redirect to renamed brands, branches and staff cards',
      pages: () => d1Pages(slugRedirects),
    },
    {
      file: 'media.json',
      about: 'Uploaded images and videos (the files are under media/ in R2, not in this archive)',
      pages: () => d1Pages(mediaAssets),
    },
    {
      file: 'site-versions.json',
      about: 'Every version of every microsite, with its content',
      pages: () => d1Pages(siteVersions),
    },
    {
      file: 'hostnames.json',
      about: 'Custom hostnames',
      pages: () => onePage(() => db.select().from(hostnames).where(eq(hostnames.tenantId, tenantId))),
    },
    {
      file: 'api-keys.json',
      about: 'API keys: names, prefixes, scopes and use (never the keys or their hashes)',
      pages: () =>
        onePage(() =>
          db
            .select({
              id: apiKeys.id,
              name: apiKeys.name,
              prefix: apiKeys.prefix,
              scopes: apiKeys.scopes,
              createdBy: apiKeys.createdBy,
              lastUsedAt: apiKeys.lastUsedAt,
              revokedAt: apiKeys.revokedAt,
              createdAt: apiKeys.createdAt,
            })
            .from(apiKeys)
            .where(eq(apiKeys.tenantId, tenantId))
            .orderBy(asc(apiKeys.createdAt)),
        ),
    },
    ...qrSections(ctx, tenantId),
    { file: 'audit-events.json', about: "The organisation's audit log", pages: () => d1Pages(auditEvents) },
    { file: 'crm/contacts.json', about: 'CRM contacts', pages: () => crmPages(contacts) },
    { file: 'crm/leads.json', about: 'Leads with the fields submitted', pages: () => crmPages(leads) },
    { file: 'crm/pipelines.json', about: 'Sales pipelines', pages: () => crmPages(pipelines) },
    { file: 'crm/stages.json', about: 'Pipeline stages', pages: () => crmPages(stages) },
    {
      file: 'crm/activities.json',
      about: 'Notes, tasks, calls, meetings, form submissions and stage changes',
      pages: () => crmPages(activities),
    },
    { file: 'crm/companies.json', about: 'CRM companies', pages: () => crmPages(companies) },
    {
      file: 'crm/contact-companies.json',
      about: 'Which contacts work at which companies',
      pages: () =>
        onePage(() =>
          withTenant(ctx.pg(), tenantId, (tx) =>
            tx.select().from(contactCompanies).where(eq(contactCompanies.tenantId, tenantId)),
          ),
        ),
    },
    { file: 'crm/deals.json', about: 'Deals', pages: () => crmPages(deals) },
    {
      file: 'crm/deal-stage-changes.json',
      about: 'Every stage each deal entered',
      pages: () => crmPages(dealStageChanges),
    },
    {
      file: 'crm/stage-automations.json',
      about: 'What happens when a deal enters a stage',
      pages: () => crmPages(stageAutomations),
    },
    {
      file: 'crm/activity-templates.json',
      about: 'Activity templates',
      pages: () => crmPages(activityTemplates),
    },
    { file: 'crm/custom-fields.json', about: 'Custom field definitions', pages: () => crmPages(crmFields) },
    { file: 'crm/saved-views.json', about: "Members' saved list views", pages: () => crmPages(crmViews) },
    {
      file: 'crm/attachments.json',
      about: 'Attached files (the files are under crm/ in R2, not in this archive)',
      pages: () => crmPages(attachments),
    },
    {
      file: 'crm/imports.json',
      about: 'CSV imports and their row reports',
      pages: () => crmPages(crmImports),
    },
    { file: 'crm/scoring-rules.json', about: 'Lead scoring rules', pages: () => crmPages(scoringRules) },
  ]
}
