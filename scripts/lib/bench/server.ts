// workerd through Miniflare, with nothing in front: the built Worker with wrangler.toml's bindings,
// a D1 holding the demo plus the copies the scenarios need, and the floor Worker beside it.
import type { Miniflare } from 'miniflare'
import { PLATFORM_HOST_KEY, pageKey } from '../../../worker/modules/sites/site-cache.ts'
import { DEMO } from '../demo.ts'
import { type CapturedPage, capturePage, FLOOR_HOST } from './floor.ts'
import { get, header } from './http.ts'
import { type BenchPages, migrateAndSeedDemo, publishBenchPages } from './seed.ts'
import { benchRun, startVitrineWorkerd } from './vitrine-workerd.ts'

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
  const run = benchRun('vitrine-bench-')
  let workerErrors: string[] = []
  try {
    const workerd = await startVitrineWorkerd(run, log)
    workerErrors = workerd.workerErrors
    const db = await workerd.mf.getD1Database('DB')
    log('Applying D1 migrations and the demo seed, publishing the pages to measure…')
    await migrateAndSeedDemo(db)
    const pages = await publishBenchPages(db, options.uncachedPages)

    const cached = { path: `/${DEMO.brandSlug}/${DEMO.branchSlug}`, host: workerd.host }
    const captured = await captureCachedPage(workerd.url, cached)
    // The floor needs the captured bytes, so it joins once they exist.
    await workerd.setFloors([{ page: captured }])
    const floor = { path: cached.path, host: FLOOR_HOST }
    await assertFloorMatches(workerd.url, floor, captured)
    return {
      url: workerd.url,
      mf: workerd.mf,
      cached,
      customHost: { path: `/${DEMO.branchSlug}`, host: DEMO.customHostname },
      floor,
      captured,
      ...pages,
      workerErrors,
      dispose: run.dispose,
    }
  } catch (error) {
    await run.dispose()
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
