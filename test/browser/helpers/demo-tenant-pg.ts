// Rows written straight into the running platform's Postgres for the demo organisation, as the
// app role would write them (row-level security on), so a test starts from records it knows.
import pg from 'pg'
import { DEMO } from '../../../scripts/lib/demo.ts'

/** Runs `work` in one transaction as the app role under the demo tenant, every branch visible. */
export async function asDemoTenant(
  adminUrl: string,
  work: (client: pg.Client) => Promise<void>,
): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    await client.query('begin')
    await client.query('set local role vitrine_app')
    await client.query(
      "select set_config('app.tenant_id', $1, true), set_config('app.branch_ids', '*', true)",
      [DEMO.tenantId],
    )
    await work(client)
    await client.query('commit')
  } finally {
    await client.end()
  }
}
