// Activities tests: records written straight into Postgres (as the app role would), request
// helpers per member, and the problem+json check.
import { asc, eq, sql } from 'drizzle-orm'
import { newId } from '../../../../worker/lib/ids.ts'
import {
  companies,
  contacts,
  deals,
  ensureDefaultPipeline,
  stages,
} from '../../../../worker/modules/crm/index.ts'
import { asTenant, pgRows } from '../../../helpers/pg-direct.ts'
import type { TestTenant } from '../../../helpers/tenant.ts'

export { expectProblem } from '../../../helpers/problem.ts'

export { addMember, as } from '../../team/team-helpers.ts'
export { pgRows }

/** A contact of the tenant in its branch (or `branchId: null`, organisation-wide). */
export async function seedContact(t: TestTenant, fields: { name?: string; branchId?: string | null } = {}) {
  const id = newId('contact')
  await asTenant(t.tenantId, (tx) =>
    tx.insert(contacts).values({
      id,
      tenantId: t.tenantId,
      name: fields.name ?? 'Ana Lima',
      email: `${id.slice(-12).toLowerCase()}@example.com`,
      branchId: fields.branchId === undefined ? t.branchId : fields.branchId,
    }),
  )
  return id
}

export async function seedCompany(t: TestTenant, name = 'Acme Foods') {
  const id = newId('company')
  await asTenant(t.tenantId, (tx) =>
    tx.insert(companies).values({ id, tenantId: t.tenantId, name, branchId: t.branchId }),
  )
  return id
}

/** A deal in the default pipeline's first stage, with its creation in the stage history. */
export async function seedDeal(
  t: TestTenant,
  fields: { name?: string; contactId?: string; companyId?: string },
) {
  const id = newId('deal')
  await asTenant(t.tenantId, async (tx) => {
    const pipelineId = await ensureDefaultPipeline(tx, t.tenantId)
    const [first] = await tx
      .select()
      .from(stages)
      .where(eq(stages.pipelineId, pipelineId))
      .orderBy(asc(stages.position))
      .limit(1)
    if (!first) throw new Error('no stages')
    await tx.insert(deals).values({
      id,
      tenantId: t.tenantId,
      pipelineId: first.pipelineId,
      stageId: first.id,
      name: fields.name ?? 'Catering for 40',
      currency: 'EUR',
      amountMinor: 120_000,
      contactId: fields.contactId ?? null,
      companyId: fields.companyId ?? null,
      branchId: t.branchId,
      position: 1,
    })
    await tx.execute(
      sql`insert into deal_stage_changes (id, tenant_id, deal_id, pipeline_id, from_stage_id, to_stage_id, created_at)
          values (${newId('dealStageChange')}, ${t.tenantId}, ${id}, ${first.pipelineId}, null, ${first.id}, now())`,
    )
  })
  return id
}

export const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString()

export const activityCount = async (tenantId: string) =>
  Number(
    (await pgRows<{ n: string }>(sql`select count(*) as n from activities where tenant_id = ${tenantId}`))[0]
      ?.n ?? 0,
  )
