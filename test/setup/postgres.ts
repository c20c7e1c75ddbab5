import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { ensureWorkerLogin, migratePg } from '../../scripts/lib/migrate-pg.ts'
import { startPostgres } from '../../scripts/lib/postgres.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    pgAppUrl: string
    pgAdminUrl: string
    pgKind: string
  }
}

/** A throwaway Postgres for this run: migrated, with the Worker's login role, removed afterwards. */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'vitrine-test-'))
  const pg = await startPostgres(join(dir, 'postgres'), { fast: true })
  await migratePg(pg.adminUrl)
  await ensureWorkerLogin(pg.adminUrl)
  // wrangler's config reader insists on a local Hyperdrive string before miniflare's override applies.
  process.env.CLOUDFLARE_HYPERDRIVE_LOCAL_CONNECTION_STRING_HYPERDRIVE = pg.appUrl
  project.provide('pgAppUrl', pg.appUrl)
  project.provide('pgAdminUrl', pg.adminUrl)
  project.provide('pgKind', pg.kind)
  return async () => {
    await pg.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}
