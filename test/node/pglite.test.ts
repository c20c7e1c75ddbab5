import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { ensureWorkerLogin, migratePg } from '../../scripts/lib/migrate-pg.ts'
import { startPostgres } from '../../scripts/lib/postgres.ts'
import { connectPg, withTenant } from '../../worker/lib/pg.ts'

describe('PGlite fallback', () => {
  it('migrates, and keeps tenants apart through SET LOCAL ROLE although every connection is superuser', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vitrine-pglite-'))
    const server = await startPostgres(join(dir, 'db'), { prefer: 'pglite' })
    try {
      expect(server.kind).toBe('pglite')
      expect(await migratePg(server.adminUrl)).toContain('0002_force_rls.sql')
      await ensureWorkerLogin(server.adminUrl)
      const crm = connectPg(server.appUrl)
      try {
        await withTenant(crm.db, 'ten_a', (tx) =>
          tx.execute(sql`insert into contacts (id, tenant_id, name) values ('c1', 'ten_a', 'A')`),
        )
        const seenByB = await withTenant(crm.db, 'ten_b', (tx) => tx.execute(sql`select * from contacts`))
        const seenByA = await withTenant(crm.db, 'ten_a', (tx) => tx.execute(sql`select * from contacts`))
        expect(seenByB.rows).toHaveLength(0)
        expect(seenByA.rows).toHaveLength(1)
      } finally {
        await crm.close()
      }
    } finally {
      await server.stop()
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
