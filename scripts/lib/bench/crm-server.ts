// The CRM bench's platform: a throwaway Postgres and the built Worker in workerd (Miniflare)
// with Hyperdrive pointed at it, the demo organisation in D1, and a floor Worker beside it.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Miniflare } from 'miniflare'
import { ensureWorkerLogin, migratePg } from '../migrate-pg.ts'
import { freePort, startPostgres } from '../postgres.ts'
import { bundleWorker } from './bundle.ts'
import { type CapturedPage, FLOOR_HOST, floorWorkerOptions } from './floor.ts'
import { migrateAndSeedDemo } from './seed.ts'
import { workerdOptions } from './workerd.ts'
import { vitrineWorkerOptions } from './workers.ts'

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
  const dir = mkdtempSync(join(tmpdir(), 'vitrine-bench-crm-'))
  const workerErrors: string[] = []
  let mf: Miniflare | undefined
  let stopPg: (() => Promise<void>) | undefined
  const dispose = async () => {
    await mf?.dispose()
    await stopPg?.()
    rmSync(dir, { recursive: true, force: true })
  }
  try {
    log('Starting Postgres and applying its migrations…')
    const pg = await startPostgres(join(dir, 'postgres'), { fast: true })
    stopPg = pg.stop
    await migratePg(pg.adminUrl)
    await ensureWorkerLogin(pg.adminUrl)
    log('Bundling the Worker with wrangler deploy --dry-run…')
    const entry = await bundleWorker(join(dir, 'bundle'), log)
    const port = await freePort()
    const url = `http://127.0.0.1:${port}`
    const vitrine = vitrineWorkerOptions(entry, url, pg.appUrl)
    const setup = { port, stateDir: join(dir, 'state'), workerErrors }
    const configure = (floor?: CapturedPage) =>
      workerdOptions(
        setup,
        floor ? [vitrine, floorWorkerOptions(floor, vitrine.compatibilityDate)] : [vitrine],
      )
    const started = new Miniflare(configure())
    mf = started
    await started.ready
    log('Applying D1 migrations and the demo seed…')
    await migrateAndSeedDemo(await started.getD1Database('DB'))
    return {
      url,
      host: `127.0.0.1:${port}`,
      pgAppUrl: pg.appUrl,
      pgAdminUrl: pg.adminUrl,
      pgKind: pg.kind,
      floorHost: FLOOR_HOST,
      startFloor: async (page) => {
        await started.setOptions(configure(page))
      },
      workerErrors,
      dispose,
    }
  } catch (error) {
    await dispose()
    throw error
  }
}
