// Deals tests: a tenant's default pipeline, contacts written straight into Postgres, and the
// rows the API does not show (history, tasks), read as the table owner.
import { sql } from 'drizzle-orm'
import { expect } from 'vitest'
import { newId } from '../../../../worker/lib/ids.ts'
import { contacts } from '../../../../worker/modules/crm/index.ts'
import { asTenant, pgRows } from '../../../helpers/pg-direct.ts'
import { call, type TestTenant } from '../../../helpers/tenant.ts'
import { as } from '../../team/team-helpers.ts'

export { expectProblem } from '../../../helpers/problem.ts'

export { pgRows }

/** Request helpers bound to a member's token (PUT included). */
export const api = (t: { token: string }) => ({
  ...as(t.token),
  put: <T = any>(path: string, body: unknown) =>
    call<T>(path, { method: 'PUT', token: t.token, body: JSON.stringify(body) }),
})

export interface StageView {
  id: string
  name: string
  kind: 'open' | 'won' | 'lost'
  winProbability: number
  position: number
}
export interface PipelineView {
  id: string
  name: string
  isDefault: boolean
  stages: StageView[]
}

/** The tenant's default pipeline (made on first read) and its stages by name. */
export async function defaultPipeline(t: TestTenant) {
  const res = await api(t).get<{ items: PipelineView[] }>('/api/v1/pipelines')
  expect(res.status).toBe(200)
  const pipeline = res.body.items.find((p) => p.isDefault)
  if (!pipeline) throw new Error('no default pipeline')
  const stage = (name: string) => {
    const found = pipeline.stages.find((s) => s.name === name)
    if (!found) throw new Error(`no stage ${name}`)
    return found.id
  }
  return { pipeline, stage }
}

/** A contact of the tenant, written as the app role would (branch, consent, e-mail as given). */
export async function seedContact(
  t: TestTenant,
  fields: { name?: string; email?: string | null; consentEmail?: boolean; branchId?: string | null } = {},
) {
  const id = newId('contact')
  await asTenant(t.tenantId, (tx) =>
    tx.insert(contacts).values({
      id,
      tenantId: t.tenantId,
      name: fields.name ?? 'Asha Rao',
      email: fields.email === undefined ? `${id.slice(-10).toLowerCase()}@example.com` : fields.email,
      consentEmail: fields.consentEmail ?? false,
      branchId: fields.branchId === undefined ? t.branchId : fields.branchId,
    }),
  )
  return id
}

export const dealCount = async (tenantId: string) =>
  Number(
    (await pgRows<{ n: string }>(sql`select count(*) as n from deals where tenant_id = ${tenantId}`))[0]?.n ??
      0,
  )
