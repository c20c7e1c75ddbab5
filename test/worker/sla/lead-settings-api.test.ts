import { describe, expect, it } from 'vitest'
import { createTestTenant } from '../../helpers/tenant.ts'
import { addBranch, addPerson } from '../routing/routing-fixtures.ts'
import { auditActions } from '../team/team-helpers.ts'

const DEFAULTS = {
  firstResponseMinutes: 15,
  workingHoursOnly: true,
  notifyEmail: true,
  notifyWhatsapp: false,
}

describe('branch lead settings API', () => {
  it('answers the defaults, then what was set, and audits the change', async () => {
    const t = await createTestTenant()
    const path = `/api/v1/branches/${t.branchId}/lead-settings`
    expect((await t.get(path)).body).toEqual({ branchId: t.branchId, ...DEFAULTS, updatedAt: null })
    const manager = await addPerson(t, 'manager', { branchIds: [t.branchId] })
    const body = {
      firstResponseMinutes: 30,
      workingHoursOnly: false,
      notifyEmail: false,
      notifyWhatsapp: true,
    }
    const put = await manager.put(path, body)
    expect(put.status).toBe(200)
    expect(put.body).toMatchObject({ branchId: t.branchId, ...body, updatedAt: expect.any(String) })
    expect((await t.get(path)).body).toMatchObject(body)
    expect(await auditActions(t.tenantId, t.branchId)).toEqual(['branch.lead_settings_updated'])
  })

  it('refuses bad values with 400 and changes nothing', async () => {
    const t = await createTestTenant()
    const owner = await addPerson(t, 'owner')
    const path = `/api/v1/branches/${t.branchId}/lead-settings`
    for (const body of [
      { ...DEFAULTS, firstResponseMinutes: 0 },
      { ...DEFAULTS, firstResponseMinutes: 2.5 },
      { ...DEFAULTS, firstResponseMinutes: 20_000 },
      { ...DEFAULTS, workingHoursOnly: 'yes' },
      { firstResponseMinutes: 10 },
      { ...DEFAULTS, escalateTo: 'everyone' },
    ]) {
      const res = await owner.put(path, body)
      expect(res.status, JSON.stringify(body)).toBe(400)
      expect(res.body.code).toBe('BAD_REQUEST')
    }
    expect((await t.get(path)).body.updatedAt).toBeNull()
  })

  it('needs sla.manage and the branch in scope; another organisation’s branch is not found', async () => {
    const t = await createTestTenant()
    const elsewhere = await addBranch(t, 'Elsewhere')
    const agent = await addPerson(t, 'agent')
    const path = `/api/v1/branches/${t.branchId}/lead-settings`
    expect((await agent.get(path)).status).toBe(403)
    expect((await agent.put(path, DEFAULTS)).status).toBe(403)
    const manager = await addPerson(t, 'manager', { branchIds: [elsewhere] })
    expect((await manager.get(path)).status).toBe(404)
    expect((await manager.put(path, DEFAULTS)).status).toBe(404)
    const other = await createTestTenant()
    const owner = await addPerson(other, 'owner')
    expect((await owner.put(path, DEFAULTS)).status).toBe(404)
    expect((await t.get(path)).body.updatedAt).toBeNull()
  })
})
