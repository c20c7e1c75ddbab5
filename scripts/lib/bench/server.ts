// workerd through Miniflare, with nothing in front: the built Worker with wrangler.toml's bindings,
// a D1 holding the demo plus the copies the scenarios need, and the floor Worker beside it.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Miniflare } from 'miniflare'
import { PLATFORM_HOST_KEY, pageKey } from '../../../worker/modules/sites/site-cache.ts'
import { DEMO } from '../demo.ts'
import { freePort } from '../postgres.ts'
import { bundleWorker } from './bundle.ts'
import { type CapturedPage, capturePage, FLOOR_HOST, floorWorkerOptions } from './floor.ts'
import { get, header } from './http.ts'
import { type BenchPages, migrateAndSeedDemo, publishBenchPages } from './seed.ts'
import { workerdOptions } from './workerd.ts'
import { vitrineWorkerOptions } from './workers.ts'

export interface Target {
  path: string
  host: string
}

export interface BenchServer extends BenchPages {
  url: string
  mf: Miniflare
  cached: Target
  customHost: Target
  floor: Target
  /** The demo page as the floor serves it. */
  captured: CapturedPage
  /** Error lines the Worker logged; a healthy run has none. */
  workerErrors: string[]
  dispose(): Promise<void>
}

export interface BenchServerOptions {
  /** Published copies of the demo branch for the uncached scenario (0: none). */
  uncachedPages: number
  log: (line: string) => void
}

export async function startBenchServer(options: BenchServerOptions): Promise<BenchServer> {
  const { log } = options
  const dir = mkdtempSync(join(tmpdir(), 'vitrine-bench-'))
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
    const vitrine = vitrineWorkerOptions(entry, url)
    const setup = { port, stateDir: join(dir, 'state'), workerErrors }
    const configure = (floor?: CapturedPage) =>
      workerdOptions(
        setup,
        floor ? [vitrine, floorWorkerOptions(floor, vitrine.compatibilityDate)] : [vitrine],
      )

    const started = new Miniflare(configure())
    mf = started
    await started.ready
    const db = await started.getD1Database('DB')
    log('Applying D1 migrations and the demo seed, publishing the pages to measure…')
    await migrateAndSeedDemo(db)
    const pages = await publishBenchPages(db, options.uncachedPages)

    const cached = { path: `/${DEMO.brandSlug}/${DEMO.branchSlug}`, host: `127.0.0.1:${port}` }
    const captured = await captureCachedPage(url, cached)
    // The floor needs the captured bytes, so it joins once they exist; storage is on disk and stays.
    await started.setOptions(configure(captured))
    const floor = { path: cached.path, host: FLOOR_HOST }
    await assertFloorMatches(url, floor, captured)
    return {
      url,
      mf: started,
      cached,
      customHost: { path: `/${DEMO.branchSlug}`, host: DEMO.customHostname },
      floor,
      captured,
      ...pages,
      workerErrors,
      dispose,
    }
  } catch (error) {
    await dispose()
    if (workerErrors.length === 0) throw error
    throw new Error(`${(error as Error).message}\nThe Worker logged: ${workerErrors[0]}`, { cause: error })
  }
}

/** The demo page's second answer: the first fills the page cache, the second comes from it. */
async function captureCachedPage(url: string, target: Target): Promise<CapturedPage> {
  let res = await get(url + target.path, target.host)
  if (res.status === 200) res = await get(url + target.path, target.host)
  if (res.status !== 200) {
    throw new Error(`GET ${target.path} answered ${res.status}: ${res.body.toString().slice(0, 300)}`)
  }
  const cache = header(res, 'x-vitrine-cache')
  if (cache !== undefined && cache !== 'hit') throw new Error(`GET ${target.path} twice was a cache ${cache}`)
  return capturePage(res)
}

async function assertFloorMatches(url: string, floor: Target, page: CapturedPage) {
  const res = await get(url + floor.path, floor.host)
  if (res.body.toString('utf8') !== page.body) {
    throw new Error(
      `The floor Worker at ${floor.host} did not answer the captured page (status ${res.status})`,
    )
  }
}

/** How many pages under this platform path prefix the page cache holds: one per rendered miss. */
export async function countCachedPages(server: BenchServer, pathPrefix: string): Promise<number> {
  const kv = await server.mf.getKVNamespace('SITE_CACHE')
  let count = 0
  let cursor: string | undefined
  do {
    const page = await kv.list({ prefix: pageKey(PLATFORM_HOST_KEY, pathPrefix), cursor })
    count += page.keys.length
    cursor = page.list_complete ? undefined : page.cursor
  } while (cursor)
  return count
}
