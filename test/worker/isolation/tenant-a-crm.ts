// Tenant A's CRM records for the isolation suite: one real row of each kind, in Postgres.
import { eq } from 'drizzle-orm'
import { inject } from 'vitest'
import { newId } from '../../../worker/lib/ids.ts'
import { connectPg, withTenant } from '../../../worker/lib/pg.ts'
import {
  activities,
  activityTemplates,
  attachments,
  companies,
  contactCompanies,
  crmFields,
  crmImports,
  crmUndo,
  crmViews,
  deals,
  ensureDefaultPipeline,
  scoringRules,
  stageAutomations,
  stages,
} from '../../../worker/modules/crm/index.ts'
import type { TestTenant } from '../../helpers/tenant.ts'

/**
 * A's CRM: a company linked to the lead's contact, a deal on the default pipeline, an activity,
 * an activity template, a custom field, a saved view, an attachment record, an import, an undo
 * record and a scoring rule. Written directly, as the app role under A's tenant.
 */
export async function seedCrm(a: TestTenant, contactId: string) {
  const suffix = crypto.randomUUID().slice(0, 8)
  const names = {
    companyName: `Tenant A company ${suffix}`,
    dealName: `Tenant A deal ${suffix}`,
    note: `Tenant A private note ${suffix}`,
    fieldLabel: `Tenant A field ${suffix}`,
    filename: `tenant-a-${suffix}.pdf`,
  }
  const ids = {
    company: newId('company'),
    deal: newId('deal'),
    activity: newId('activity'),
    activityTemplate: newId('activityTemplate'),
    crmField: newId('crmField'),
    crmView: newId('crmView'),
    attachment: newId('attachment'),
    crmImport: newId('crmImport'),
    crmUndo: newId('crmUndo'),
    scoringRule: newId('scoringRule'),
    stageAutomation: newId('stageAutomation'),
  }
  const pg = connectPg(inject('pgAdminUrl'))
  try {
    const tenantId = a.tenantId
    const { pipelineId, stageId } = await withTenant(pg.db, tenantId, async (tx) => {
      const pipelineId = await ensureDefaultPipeline(tx, tenantId)
      const [stage] = await tx
        .select({ id: stages.id })
        .from(stages)
        .where(eq(stages.pipelineId, pipelineId))
        .limit(1)
      const stageId = stage!.id
      await tx
        .insert(companies)
        .values({ id: ids.company, tenantId, name: names.companyName, branchId: a.branchId })
      await tx
        .insert(contactCompanies)
        .values({ tenantId, contactId, companyId: ids.company, isPrimary: true })
      await tx.insert(deals).values({
        id: ids.deal,
        tenantId,
        pipelineId,
        stageId,
        name: names.dealName,
        amountMinor: 123_400,
        contactId,
        branchId: a.branchId,
      })
      await tx.insert(stageAutomations).values({
        id: ids.stageAutomation,
        tenantId,
        stageId,
        action: 'notify',
        config: { notify: 'owner' },
      })
      await tx.insert(activities).values({
        id: ids.activity,
        tenantId,
        contactId,
        type: 'task',
        subject: names.note,
        body: names.note,
        dueAt: new Date(Date.now() + 86_400_000),
        assigneeUserId: a.userId,
      })
      await tx
        .insert(activityTemplates)
        .values({ id: ids.activityTemplate, tenantId, name: names.note, type: 'call' })
      await tx.insert(crmFields).values({
        id: ids.crmField,
        tenantId,
        entity: 'contact',
        key: `a_${suffix.replaceAll('-', '')}`,
        label: names.fieldLabel,
        type: 'text',
      })
      await tx.insert(crmViews).values({
        id: ids.crmView,
        tenantId,
        userId: a.userId,
        entity: 'contact',
        name: names.note,
        filter: { match: 'all', conditions: [] },
      })
      await tx.insert(attachments).values({
        id: ids.attachment,
        tenantId,
        entity: 'contact',
        entityId: contactId,
        branchId: a.branchId,
        r2Key: `crm/${tenantId}/${ids.attachment}`,
        filename: names.filename,
        contentType: 'application/pdf',
        byteSize: 1234,
        sha256: '0'.repeat(64),
      })
      await tx.insert(crmImports).values({
        id: ids.crmImport,
        tenantId,
        userId: a.userId,
        entity: 'contact',
        filename: names.filename,
        r2Key: `crm-imports/${tenantId}/${ids.crmImport}.csv`,
        byteSize: 10,
        headers: ['name'],
      })
      await tx.insert(crmUndo).values({
        id: ids.crmUndo,
        tenantId,
        userId: a.userId,
        entity: 'contact',
        action: 'tag',
        recordIds: [contactId],
        count: 1,
        before: { [contactId]: { tags: [] } },
        expiresAt: new Date(Date.now() + 600_000),
      })
      await tx.insert(scoringRules).values({
        id: ids.scoringRule,
        tenantId,
        label: names.note,
        condition: { kind: 'source', sources: ['microsite_form'] },
        points: 10,
      })
      return { pipelineId, stageId }
    })
    const idsByKind: Record<string, string[]> = {
      ...Object.fromEntries(Object.entries(ids).map(([kind, id]) => [kind, [id]])),
      pipeline: [pipelineId],
      stage: [stageId],
    }
    return { idsByKind, secrets: Object.values(names) }
  } finally {
    await pg.close()
  }
}
