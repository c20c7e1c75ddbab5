// The analytics bench's platform: the built Worker in workerd (Miniflare) with the `events`
// queue's consumer running, as deployed, the demo organisation in D1, and floor Workers beside it
// once the answers they replay have been captured. The analytics paths never open Postgres.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { D1Database } from '@cloudflare/workers-types/experimental'
import { Miniflare } from 'miniflare'
import { freePort } from '../postgres.ts'
import { bundleWorker } from './bundle.ts'
import { type CapturedPage, floorWorkerOptions } from './floor.ts'
import { migrateAndSeedDemo } from './seed.ts'
import { workerdOptions } from './workerd.ts'
import { vitrineWorkerOptions } from './workers.ts'

export interface AnalyticsBenchServer {
  url: string
  host: string
  /** D1 as the Worker sees it (asked anew after startFloors, which restarts workerd). */
  database(): Promise<D1Database>
  /** Adds one floor Worker per host, each answering its captured response from memory. */
  startFloors(floors: Record<string, CapturedPage>): Promise<void>
  workerErrors: string[]
  dispose(): Promise<void>
}

export async function startAnalyticsBenchServer(log: (line: string) => void): Promise<AnalyticsBenchServer> {
  const dir = mkdtempSync(join(tmpdir(), 'vitrine-bench-analytics-'))
  const workerErrors: string[] = []
  let mf: Miniflare | undefined
  const dispose = async () => {
    await mf?.dispose()
    rmSync(dir, { recursive: true, force: true })
  }
  try {
    log('Bundling the Worker with wrangler deploy --dry-run…')
    const entry = await bundleWorker(join(dir, 'bundle'), log)
    const port = await freePort()
    const url = `http://127.0.0.1:${port}`
    // Events are counted by the queue's consumer; its dead letters are parked in D1, where the
    // bench looks for them.
    const vitrine = vitrineWorkerOptions(entry, url, undefined, { consumers: ['events', 'events-dlq'] })
    const setup = { port, stateDir: join(dir, 'state'), workerErrors }
    const started = new Miniflare(workerdOptions(setup, [vitrine]))
    mf = started
    await started.ready
    log('Applying D1 migrations and the demo seed…')
    await migrateAndSeedDemo(await started.getD1Database('DB'))
    return {
      url,
      host: `127.0.0.1:${port}`,
      database: () => started.getD1Database('DB'),
      startFloors: async (floors) => {
        const workers = Object.entries(floors).map(([host, page]) =>
          floorWorkerOptions(page, vitrine.compatibilityDate, host),
        )
        await started.setOptions(workerdOptions(setup, [vitrine, ...workers]))
      },
      workerErrors,
      dispose,
    }
  } catch (error) {
    await dispose()
    throw error
  }
}
