import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { newId } from '../../worker/lib/ids.ts'

// The app role straight against the server, without the Worker: the database itself must
// keep tenants apart.
let app: pg.Client
let owner: pg.Client
const A = newId('tenant')
const B = newId('tenant')

async function asTenant<T>(tenantId: string | null, run: () => Promise<T>): Promise<T> {
  await app.query('begin')
  try {
    await app.query('set local role vitrine_app')
    if (tenantId) await app.query("select set_config('app.tenant_id', $1, true)", [tenantId])
    return await run()
  } finally {
    await app.query('rollback')
  }
}

async function insertContact(tenantId: string, name: string) {
  await app.query('begin')
  await app.query('set local role vitrine_app')
  await app.query("select set_config('app.tenant_id', $1, true)", [tenantId])
  await app.query('insert into contacts (id, tenant_id, name) values ($1, $2, $3)', [
    newId('contact'),
    tenantId,
    name,
  ])
  await app.query('commit')
}

beforeAll(async () => {
  app = new pg.Client({ connectionString: inject('pgAppUrl') })
  owner = new pg.Client({ connectionString: inject('pgAdminUrl') })
  await Promise.all([app.connect(), owner.connect()])
  await insertContact(A, 'Alice of A')
  await insertContact(B, 'Bob of B')
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
    const a = await asTenant(A, () => app.query('select name from contacts'))
    expect(a.rows.map((r) => r.name)).toEqual(['Alice of A'])
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
