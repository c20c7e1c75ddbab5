// The analytics bench's platform: the built Worker in workerd (Miniflare) with the `events`
// queue's consumer running, as deployed, the demo organisation in D1, and floor Workers beside it
// once the answers they replay have been captured. The analytics paths never open Postgres.
import type { D1Database } from '@cloudflare/workers-types/experimental'
import type { CapturedPage } from './floor.ts'
import { migrateAndSeedDemo } from './seed.ts'
import { benchRun, startVitrineWorkerd } from './vitrine-workerd.ts'

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
  const run = benchRun('vitrine-bench-analytics-')
  try {
    // Events are counted by the queue's consumer; its dead letters are parked in D1, where the
    // bench looks for them.
    const workerd = await startVitrineWorkerd(run, log, { consumers: ['events', 'events-dlq'] })
    log('Applying D1 migrations and the demo seed…')
    await migrateAndSeedDemo(await workerd.mf.getD1Database('DB'))
    return {
      url: workerd.url,
      host: workerd.host,
      database: () => workerd.mf.getD1Database('DB'),
      startFloors: (floors) =>
        workerd.setFloors(Object.entries(floors).map(([host, page]) => ({ page, host }))),
      workerErrors: workerd.workerErrors,
      dispose: run.dispose,
    }
  } catch (error) {
    await run.dispose()
    throw error
  }
}
