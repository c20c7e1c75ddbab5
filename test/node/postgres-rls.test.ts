import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { newId } from '../../worker/lib/ids.ts'

// The app role straight against the server, without the Worker: the database itself must
// keep tenants apart.
let app: pg.Client
let owner: pg.Client
const A = newId('tenant')
const B = newId('tenant')

/** As withTenant does: the tenant, and the branches the member may see (`*` for all). */
async function asTenant<T>(tenantId: string | null, run: () => Promise<T>, branches = '*'): Promise<T> {
  await app.query('begin')
  try {
    await app.query('set local role vitrine_app')
    if (tenantId) {
      await app.query(
        "select set_config('app.tenant_id', $1, true), set_config('app.branch_ids', $2, true)",
        [tenantId, branches],
      )
    }
    return await run()
  } finally {
    await app.query('rollback')
  }
}

async function insertContact(tenantId: string, name: string, branchId: string | null = null) {
  await app.query('begin')
  await app.query('set local role vitrine_app')
  await app.query("select set_config('app.tenant_id', $1, true), set_config('app.branch_ids', '*', true)", [
    tenantId,
  ])
  await app.query('insert into contacts (id, tenant_id, name, branch_id) values ($1, $2, $3, $4)', [
    newId('contact'),
    tenantId,
    name,
    branchId,
  ])
  await app.query('commit')
}

beforeAll(async () => {
  app = new pg.Client({ connectionString: inject('pgAppUrl') })
  owner = new pg.Client({ connectionString: inject('pgAdminUrl') })
  await Promise.all([app.connect(), owner.connect()])
  await insertContact(A, 'Alice of A')
  await insertContact(B, 'Bob of B')
  await insertContact(A, 'Nora of the north branch', 'bra_north')
  await insertContact(A, 'Sam of the south branch', 'bra_south')
})

afterAll(async () => {
  await Promise.all([app?.end(), owner?.end()])
})

describe('row level security', () => {
  it('shows nothing when no tenant is set', async () => {
    const { rows } = await asTenant(null, () => app.query('select * from contacts'))
    expect(rows).toHaveLength(0)
  })

  it('shows a tenant only its own rows, even without a WHERE clause', async () => {
    const a = await asTenant(A, () => app.query('select name from contacts order by name'))
    expect(a.rows.map((r) => r.name)).toEqual([
      'Alice of A',
      'Nora of the north branch',
      'Sam of the south branch',
    ])
    const b = await asTenant(B, () => app.query('select name from contacts where tenant_id = $1', [A]))
    expect(b.rows).toHaveLength(0)
  })

  it('refuses to write a row for another tenant', async () => {
    await expect(
      asTenant(A, () =>
        app.query("insert into contacts (id, tenant_id, name) values ('x', $1, 'Mallory')", [B]),
      ),
    ).rejects.toThrow(/row-level security/)
  })

  it("keeps a branch-scoped member to their branches' rows and the organisation's", async () => {
    const north = await asTenant(A, () => app.query('select name from contacts order by name'), 'bra_north')
    expect(north.rows.map((r) => r.name)).toEqual(['Alice of A', 'Nora of the north branch'])
    // Organisation-wide rows are read-only to them, and another branch's rows cannot be made.
    await expect(
      asTenant(
        A,
        () =>
          app.query("update contacts set name = 'changed' where tenant_id = $1 and branch_id is null", [A]),
        'bra_north',
      ),
    ).rejects.toThrow(/row-level security/)
    await expect(
      asTenant(
        A,
        () =>
          app.query(
            "insert into contacts (id, tenant_id, name, branch_id) values ('y', $1, 'Eve', 'bra_south')",
            [A],
          ),
        'bra_north',
      ),
    ).rejects.toThrow(/row-level security/)
  })

  it('sees no branch rows when the branch scope is not set at all', async () => {
    await app.query('begin')
    try {
      await app.query('set local role vitrine_app')
      await app.query("select set_config('app.tenant_id', $1, true)", [A])
      const { rows } = await app.query('select name from contacts where branch_id is not null')
      expect(rows).toHaveLength(0)
    } finally {
      await app.query('rollback')
    }
  })

  it('cannot update or delete across tenants', async () => {
    const updated = await asTenant(A, () =>
      app.query("update contacts set name = 'changed' where tenant_id = $1", [B]),
    )
    expect(updated.rowCount).toBe(0)
    const deleted = await asTenant(A, () => app.query('delete from contacts where tenant_id = $1', [B]))
    expect(deleted.rowCount).toBe(0)
  })

  it('forgets the tenant when the transaction ends', async () => {
    await asTenant(A, async () => undefined)
    const { rows } = await app.query("select current_setting('app.tenant_id', true) as tenant")
    expect(rows[0].tenant ?? '').toBe('')
  })

  it('binds the login role to RLS: it is no superuser and cannot bypass policies', async () => {
    const { rows } = await app.query(
      'select rolsuper, rolbypassrls from pg_roles where rolname = current_user',
    )
    expect(rows[0]).toEqual({ rolsuper: false, rolbypassrls: false })
    const plain = await app.query('select count(*)::int as n from contacts')
    expect(plain.rows[0].n).toBe(0)
  })

  it('forces RLS on every CRM table', async () => {
    const { rows } = await owner.query(
      "select relname, relrowsecurity, relforcerowsecurity from pg_class where relname in ('contacts','leads','pipelines','stages','activities') order by relname",
    )
    expect(rows).toHaveLength(5)
    for (const row of rows) expect(row).toMatchObject({ relrowsecurity: true, relforcerowsecurity: true })
  })
})
