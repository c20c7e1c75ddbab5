// The Worker as wrangler would run it locally, minus what never runs on a page request.
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, extname, join } from 'node:path'
import { unstable_getMiniflareWorkerOptions } from 'wrangler'
import { ROOT } from './bundle.ts'

// The page path never opens Postgres; should it start to, requests fail loudly instead of
// quietly measuring a database. The CRM bench passes its own Postgres.
const NO_POSTGRES = 'postgres://bench:bench@127.0.0.1:9/none'

/** The parts of wrangler's Miniflare options for the Worker that the bench passes on. */
interface WranglerWorkerOptions {
  compatibilityDate?: string
  compatibilityFlags?: string[]
  bindings?: Record<string, unknown>
  d1Databases?: unknown
  kvNamespaces?: unknown
  r2Buckets?: unknown
  durableObjects?: unknown
  queueProducers?: unknown
  queueConsumers?: Record<string, unknown>
  hyperdrives?: unknown
  analyticsEngineDatasets?: unknown
}

/** wrangler.toml's bindings, compatibility date and flags, as wrangler itself hands them to Miniflare. */
function wranglerWorkerOptions(pgUrl: string): WranglerWorkerOptions {
  const saved = { ...process.env }
  process.env.CLOUDFLARE_HYPERDRIVE_LOCAL_CONNECTION_STRING_HYPERDRIVE = pgUrl
  process.env.WRANGLER_LOG = 'error'
  try {
    const { workerOptions } = unstable_getMiniflareWorkerOptions(join(ROOT, 'wrangler.toml'), '')
    // wrangler types these as an Omit<> over a union, which keeps only the keys every member shares.
    return workerOptions as unknown as WranglerWorkerOptions
  } finally {
    process.env = saved
  }
}

/**
 * A throwaway value for every secret the Worker declares (`interface Secrets` in worker/env.ts,
 * since wrangler.toml cannot list them), so its config check passes as it does in production.
 * None of them is used on a page request.
 */
function benchSecrets(): Record<string, string> {
  const source = readFileSync(join(ROOT, 'worker', 'env.ts'), 'utf8')
  const body = /export interface Secrets \{([\s\S]*?)\n\}/.exec(source)?.[1]
  if (!body) throw new Error('worker/env.ts no longer declares `export interface Secrets`')
  const names = [...body.matchAll(/^\s+([A-Z][A-Z0-9_]*)\??:/gm)].map((m) => m[1]!)
  return Object.fromEntries(names.map((name) => [name, `bench-${crypto.randomUUID()}`]))
}

const MODULE_TYPES: Record<string, 'ESModule' | 'CompiledWasm' | 'Data'> = {
  '.js': 'ESModule',
  '.mjs': 'ESModule',
  '.wasm': 'CompiledWasm',
  // The QR renderer's font, bundled by wrangler.toml's `Data` rule.
  '.ttf': 'Data',
}

/** Every module wrangler wrote beside the entry (the entry first: it is the main module). */
function bundleModules(entry: string) {
  const dir = dirname(entry)
  const others = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => path !== entry && MODULE_TYPES[extname(path)] !== undefined)
  return [entry, ...others].map((path) => ({ type: MODULE_TYPES[extname(path)]!, path }))
}

export interface VitrineWorkerExtras {
  /** Queues (by wrangler.toml name) whose consumers run too, with wrangler.toml's batch settings. */
  consumers?: string[]
}

/** wrangler.toml's consumer settings for the named queues only. */
function consumersOf(w: WranglerWorkerOptions, queues: string[]) {
  const all = w.queueConsumers ?? {}
  for (const queue of queues)
    if (!(queue in all)) throw new Error(`wrangler.toml has no consumer for ${queue}`)
  return Object.fromEntries(queues.map((queue) => [queue, all[queue]]))
}

/**
 * The bundled Worker with wrangler.toml's compatibility settings and its D1, KV, R2, Durable
 * Object, queue producer, Analytics Engine and Hyperdrive bindings. Queue consumers, crons and
 * the dashboard's assets never run on a page request; leaving them out keeps their background
 * work and the assets router out of the measurement. A bench that measures a pipeline asks for
 * its consumers by queue name.
 */
export function vitrineWorkerOptions(
  entry: string,
  publicOrigin: string,
  pgUrl = NO_POSTGRES,
  extras: VitrineWorkerExtras = {},
) {
  const w = wranglerWorkerOptions(pgUrl)
  if (!w.compatibilityDate) throw new Error('wrangler.toml has no compatibility_date')
  return {
    name: 'vitrine',
    modules: bundleModules(entry),
    // workerd refuses module names that climb out of the root with `..`.
    modulesRoot: dirname(entry),
    compatibilityDate: w.compatibilityDate,
    compatibilityFlags: w.compatibilityFlags,
    bindings: {
      ...w.bindings,
      ...benchSecrets(),
      PUBLIC_ORIGIN: publicOrigin,
    },
    d1Databases: w.d1Databases,
    kvNamespaces: w.kvNamespaces,
    r2Buckets: w.r2Buckets,
    durableObjects: w.durableObjects,
    queueProducers: w.queueProducers,
    ...(extras.consumers ? { queueConsumers: consumersOf(w, extras.consumers) } : {}),
    hyperdrives: w.hyperdrives,
    analyticsEngineDatasets: w.analyticsEngineDatasets,
  }
}
