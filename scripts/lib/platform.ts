// Runs the whole platform locally: Postgres, migrations, the demo seed, the SPA build and
// `wrangler dev` with miniflare's D1, KV, R2, Queues and Durable Objects. Used by `npm start`
// and by the browser test, so both run the same thing.

import { type ChildProcess, execFile, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { connectPg, withTenant } from '../../worker/lib/pg.ts'
import { ensureDefaultPipeline } from '../../worker/modules/crm/deals/default-pipeline.ts'
import { CLOUDFLARE_FAKE_TOKEN, startCloudflareFake } from './cloudflare-fake.ts'
import { DEMO, demoD1Sql } from './demo.ts'
import { MAIL_SINK_KEY, startMailSink } from './mail-sink.ts'
import { ensureWorkerLogin, migratePg } from './migrate-pg.ts'
import { startOutsideFake } from './outside-fake.ts'
import { OUTSIDE_FAKE_SECRETS } from './outside-fake-secrets.ts'
import { type PgServer, startPostgres } from './postgres.ts'

const run = promisify(execFile)
export const ROOT = join(import.meta.dirname, '..', '..')
const WRANGLER = join(ROOT, 'node_modules', 'wrangler', 'bin', 'wrangler.js')
const VITE = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js')

export interface PlatformOptions {
  /** Folder for all local state: Postgres data, miniflare storage, the session secret. */
  stateDir: string
  port: number
  pgPort?: number
  fast?: boolean
  buildWeb?: boolean
  /** Port of the local e-mail provider; any free one when omitted. */
  mailPort?: number
  /** Port of the local Cloudflare custom hostnames API; any free one when omitted. */
  cloudflarePort?: number
  /** Port of the local Turnstile / Graph API / LinkedIn / webhook receiver; any free one when omitted. */
  outsidePort?: number
  log?: (line: string) => void
}

export interface Platform {
  url: string
  pg: PgServer
  /** The local e-mail provider: `GET {mailUrl}/emails` lists every message sent. */
  mailUrl: string
  /** The local Cloudflare custom hostnames API: `POST {cloudflareUrl}/__fake/activate` says DNS is done. */
  cloudflareUrl: string
  /** Turnstile, Graph API, LinkedIn and a webhook receiver: `{outsideUrl}/__fake/{part}/…` drives them. */
  outsideUrl: string
  stop(): Promise<void>
}

const wrangler = (args: string[], env: NodeJS.ProcessEnv = process.env) =>
  run(process.execPath, [WRANGLER, ...args], { cwd: ROOT, env, maxBuffer: 32 * 1024 * 1024 })

/** One random secret per state folder, so sessions survive restarts of `npm start`. */
function sessionSecret(stateDir: string): string {
  const file = join(stateDir, 'session-secret')
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 })
  return readFileSync(file, 'utf8').trim()
}

export async function migrateAndSeed(stateDir: string, pg: PgServer, log: (line: string) => void) {
  const persist = join(stateDir, 'miniflare')
  const applied = await migratePg(pg.adminUrl)
  await ensureWorkerLogin(pg.adminUrl)
  log(`Postgres (${pg.kind}) on port ${pg.port}: ${applied.length} migration(s) applied`)
  await wrangler(['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', persist], {
    ...process.env,
    CI: 'true',
  })
  const seedFile = join(stateDir, 'seed.sql')
  writeFileSync(seedFile, await demoD1Sql())
  await wrangler(['d1', 'execute', 'DB', '--local', '--persist-to', persist, '--file', seedFile])
  const crm = connectPg(pg.appUrl)
  try {
    await withTenant(crm.db, DEMO.tenantId, (tx) => ensureDefaultPipeline(tx, DEMO.tenantId))
  } finally {
    await crm.close()
  }
  log('D1 migrated; demo tenant seeded')
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited with code ${child.exitCode}`)
    try {
      const response = await fetch(`${url}/health`)
      if (response.ok) return
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`The platform did not become healthy at ${url} within ${timeoutMs / 1000}s`)
}

export async function startPlatform(options: PlatformOptions): Promise<Platform> {
  const log = options.log ?? (() => {})
  mkdirSync(options.stateDir, { recursive: true })
  const pg = await startPostgres(join(options.stateDir, 'postgres'), {
    port: options.pgPort,
    fast: options.fast,
  })
  const mail = await startMailSink(options.mailPort ?? 0)
  const cloudflare = await startCloudflareFake(options.cloudflarePort ?? 0)
  const outside = await startOutsideFake(options.outsidePort ?? 0)
  let child: ChildProcess | undefined
  const stop = async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child?.once('exit', resolve))
      child.kill('SIGTERM')
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))])
      if (child.exitCode === null) child.kill('SIGKILL')
    }
    await pg.stop()
    await mail.stop()
    await cloudflare.stop()
    await outside.stop()
  }
  try {
    await migrateAndSeed(options.stateDir, pg, log)
    if (options.buildWeb !== false) {
      await run(process.execPath, [VITE, 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], {
        cwd: ROOT,
      })
      log('Dashboard built into web/dist')
    }
    const url = `http://localhost:${options.port}`
    child = spawn(
      process.execPath,
      [
        WRANGLER,
        'dev',
        '--port',
        String(options.port),
        '--persist-to',
        join(options.stateDir, 'miniflare'),
        '--show-interactive-dev-session=false',
        '--var',
        `SESSION_SECRET:${sessionSecret(options.stateDir)}`,
        '--var',
        `PUBLIC_ORIGIN:${url}`,
        '--var',
        `EMAIL_API_URL:${mail.url}`,
        '--var',
        `EMAIL_API_KEY:${MAIL_SINK_KEY}`,
        '--var',
        `CLOUDFLARE_API_URL:${cloudflare.apiUrl}`,
        '--var',
        `CLOUDFLARE_API_TOKEN:${CLOUDFLARE_FAKE_TOKEN}`,
        '--var',
        `TURNSTILE_VERIFY_URL:${outside.turnstileVerifyUrl}`,
        '--var',
        `META_GRAPH_URL:${outside.graphUrl}`,
        '--var',
        `LINKEDIN_API_URL:${outside.linkedinUrl}`,
        ...Object.entries(OUTSIDE_FAKE_SECRETS).flatMap(([name, value]) => ['--var', `${name}:${value}`]),
      ],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          CLOUDFLARE_HYPERDRIVE_LOCAL_CONNECTION_STRING_HYPERDRIVE: pg.appUrl,
          CI: 'true',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    child.stdout?.on('data', (chunk: Buffer) => log(chunk.toString().trimEnd()))
    child.stderr?.on('data', (chunk: Buffer) => log(chunk.toString().trimEnd()))
    await waitForHealth(url, child)
    return { url, pg, mailUrl: mail.url, cloudflareUrl: cloudflare.origin, outsideUrl: outside.origin, stop }
  } catch (error) {
    await stop()
    throw error
  }
}
