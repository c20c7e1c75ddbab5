// How every bench starts the platform: a temporary folder of its own, the built Worker in workerd
// on a free port with the demo organisation in D1, and floor Workers beside it once there is an
// answer for them to replay. What a bench starts is undone, last first, when it ends.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Miniflare } from 'miniflare'
import { freePort } from '../postgres.ts'
import { bundleWorker } from './bundle.ts'
import { type CapturedPage, floorWorkerOptions } from './floor.ts'
import { workerdOptions } from './workerd.ts'
import { type VitrineWorkerExtras, vitrineWorkerOptions } from './workers.ts'

export interface BenchRun {
  /** The run's temporary folder, removed by `dispose()`. */
  dir: string
  /** Something to undo at the end, before what was started earlier. */
  onDispose(undo: () => Promise<void>): void
  dispose(): Promise<void>
}

export function benchRun(prefix: string): BenchRun {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  const undos: (() => Promise<void>)[] = []
  return {
    dir,
    onDispose: (undo) => {
      undos.unshift(undo)
    },
    dispose: async () => {
      for (const undo of undos) await undo()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

export interface VitrineWorkerd {
  url: string
  /** The Host header of the Worker's own pages and API. */
  host: string
  mf: Miniflare
  /** Error lines the Worker logged; a healthy run has none. */
  workerErrors: string[]
  /**
   * Runs one floor Worker per entry beside the Vitrine Worker (on the floor's default host when
   * none is given), replacing any started before; storage is on disk and stays.
   */
  setFloors(floors: { page: CapturedPage; host?: string }[]): Promise<void>
}

/**
 * Bundles the Worker and runs it in workerd under `run`'s folder (disposed with the run), with
 * D1 migrated and the demo seeded. `pgUrl` points Hyperdrive at a Postgres; without it, requests
 * that open one fail loudly.
 */
export async function startVitrineWorkerd(
  run: BenchRun,
  log: (line: string) => void,
  worker: { pgUrl?: string } & VitrineWorkerExtras = {},
): Promise<VitrineWorkerd> {
  const workerErrors: string[] = []
  log('Bundling the Worker with wrangler deploy --dry-run…')
  const entry = await bundleWorker(join(run.dir, 'bundle'), log)
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const vitrine = vitrineWorkerOptions(entry, url, worker.pgUrl, { consumers: worker.consumers })
  const setup = { port, stateDir: join(run.dir, 'state'), workerErrors }
  const mf = new Miniflare(workerdOptions(setup, [vitrine]))
  run.onDispose(() => mf.dispose())
  await mf.ready
  return {
    url,
    host: `127.0.0.1:${port}`,
    mf,
    workerErrors,
    setFloors: async (floors) => {
      const workers = floors.map(({ page, host }) =>
        floorWorkerOptions(page, vitrine.compatibilityDate, host),
      )
      await mf.setOptions(workerdOptions(setup, [vitrine, ...workers]))
    },
  }
}
