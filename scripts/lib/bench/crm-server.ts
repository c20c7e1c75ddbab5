// The CRM bench's platform: a throwaway Postgres and the built Worker in workerd (Miniflare)
// with Hyperdrive pointed at it, the demo organisation in D1, and a floor Worker beside it.
import { join } from 'node:path'
import { ensureWorkerLogin, migratePg } from '../migrate-pg.ts'
import { startPostgres } from '../postgres.ts'
import { type CapturedPage, FLOOR_HOST } from './floor.ts'
import { migrateAndSeedDemo } from './seed.ts'
import { benchRun, startVitrineWorkerd } from './vitrine-workerd.ts'

export interface CrmBenchServer {
  url: string
  host: string
  pgAppUrl: string
  pgAdminUrl: string
  pgKind: string
  floorHost: string
  /** Adds the floor Worker, answering `page` from memory. */
  startFloor(page: CapturedPage): Promise<void>
  workerErrors: string[]
  dispose(): Promise<void>
}

export async function startCrmBenchServer(log: (line: string) => void): Promise<CrmBenchServer> {
  const run = benchRun('vitrine-bench-crm-')
  try {
    log('Starting Postgres and applying its migrations…')
    const pg = await startPostgres(join(run.dir, 'postgres'), { fast: true })
    run.onDispose(pg.stop)
    await migratePg(pg.adminUrl)
    await ensureWorkerLogin(pg.adminUrl)
    const workerd = await startVitrineWorkerd(run, log, { pgUrl: pg.appUrl })
    log('Applying D1 migrations and the demo seed…')
    await migrateAndSeedDemo(await workerd.mf.getD1Database('DB'))
    return {
      url: workerd.url,
      host: workerd.host,
      pgAppUrl: pg.appUrl,
      pgAdminUrl: pg.adminUrl,
      pgKind: pg.kind,
      floorHost: FLOOR_HOST,
      startFloor: (page) => workerd.setFloors([{ page }]),
      workerErrors: workerd.workerErrors,
      dispose: run.dispose,
    }
  } catch (error) {
    await run.dispose()
    throw error
  }
}
