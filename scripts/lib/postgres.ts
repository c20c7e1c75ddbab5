// Starts the Postgres the CRM needs, in a folder the project owns: a throwaway cluster from the
// machine's server binaries (initdb + pg_ctl), or PGlite over the wire protocol when there are none.
import { execFileSync } from 'node:child_process'
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { createServer } from 'node:net'
import { dirname, join } from 'node:path'
import pg from 'pg'

export const OWNER = { user: 'vitrine_owner', password: 'vitrine-owner-local' }
export const WORKER = { user: 'vitrine_worker', password: 'vitrine-worker-local' }
export const DATABASE = 'vitrine'

export interface PgServer {
  kind: 'postgres' | 'pglite'
  port: number
  /** Owner connection: migrations and seeding. */
  adminUrl: string
  /** What Hyperdrive connects with: a login role that is neither owner nor superuser. */
  appUrl: string
  stop(): Promise<void>
}

const url = (who: { user: string; password: string }, port: number, database: string) =>
  `postgres://${who.user}:${who.password}@127.0.0.1:${port}/${database}`

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      )
    })
  })
}

/** Where initdb and pg_ctl live: `pg_config --bindir`, else Debian's versioned folders. */
export function findPgBinDir(): string | null {
  try {
    const dir = execFileSync('pg_config', ['--bindir'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim()
    if (existsSync(join(dir, 'initdb'))) return dir
  } catch {
    // No pg_config on PATH; look where Debian puts the server.
  }
  const root = '/usr/lib/postgresql'
  if (!existsSync(root)) return null
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a))
  for (const version of versions) {
    const dir = join(root, version, 'bin')
    if (existsSync(join(dir, 'initdb'))) return dir
  }
  return null
}

/** initdb and postgres refuse to run as root; as root we run them as the `postgres` user. */
function runAs(): { uid: number; gid: number; user: string } | null {
  if (process.getuid?.() !== 0) return null
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('postgres:'))
  if (!line)
    throw new Error(
      'Running as root needs a `postgres` user to run the database server (apt-get install postgresql)',
    )
  const [, , uid, gid] = line.split(':')
  return { uid: Number(uid), gid: Number(gid), user: 'postgres' }
}

function run(bin: string, args: string[], user: ReturnType<typeof runAs>) {
  const [cmd, argv] = user ? ['runuser', ['-u', user.user, '--', bin, ...args]] : [bin, args]
  return execFileSync(cmd as string, argv as string[], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  })
}

function runningPort(dataDir: string): number | null {
  const pidFile = join(dataDir, 'postmaster.pid')
  if (!existsSync(pidFile)) return null
  const [pid, , , port] = readFileSync(pidFile, 'utf8').split('\n')
  try {
    process.kill(Number(pid), 0)
    return Number(port)
  } catch {
    return null
  }
}

async function startCluster(binDir: string, dataDir: string, options: { port?: number; fast?: boolean }) {
  const user = runAs()
  mkdirSync(dataDir, { recursive: true })
  // The server user must reach the data folder and the password file beside it.
  if (user) {
    chmodSync(dirname(dataDir), 0o755)
    chownSync(dataDir, user.uid, user.gid)
  }
  chmodSync(dataDir, 0o700)
  const pgBin = (name: string, args: string[]) => run(join(binDir, name), args, user)
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    const pwfile = join(dataDir, '..', `.pw-${process.pid}`)
    writeFileSync(pwfile, OWNER.password, { mode: 0o644 })
    if (user) chownSync(pwfile, user.uid, user.gid)
    pgBin('initdb', [
      '-D',
      dataDir,
      '-U',
      OWNER.user,
      `--pwfile=${pwfile}`,
      '-E',
      'UTF8',
      '--locale=C',
      '--auth-local=trust',
      '--auth-host=scram-sha-256',
    ])
    execFileSync('rm', ['-f', pwfile])
  }
  let port = runningPort(dataDir)
  if (!port) {
    port = options.port ?? (await freePort())
    const settings = [`-p ${port}`, `-k ${dataDir}`, '-c listen_addresses=127.0.0.1']
    // Test clusters are thrown away after the run; durability would only cost time.
    if (options.fast) settings.push('-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off')
    pgBin('pg_ctl', [
      '-D',
      dataDir,
      '-l',
      join(dataDir, 'server.log'),
      '-o',
      settings.join(' '),
      '-w',
      '-t',
      '30',
      'start',
    ])
  }
  const admin = new pg.Client({ connectionString: url(OWNER, port, 'postgres') })
  await admin.connect()
  try {
    const exists = await admin.query('select 1 from pg_database where datname = $1', [DATABASE])
    if (exists.rowCount === 0) await admin.query(`create database ${DATABASE} owner ${OWNER.user}`)
  } finally {
    await admin.end()
  }
  const stop = async () => {
    pgBin('pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', 'stop'])
  }
  return { port, stop }
}

async function startPglite(dataDir: string, options: { port?: number }) {
  const { PGlite } = await import('@electric-sql/pglite')
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket')
  // The CRM's search indexes need trigram matching, which PGlite ships as a loadable extension.
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm')
  mkdirSync(dataDir, { recursive: true })
  const db = await PGlite.create(dataDir, { extensions: { pg_trgm } })
  const port = options.port ?? (await freePort())
  const server = new PGLiteSocketServer({ db, port, host: '127.0.0.1', maxConnections: 16 })
  await server.start()
  return {
    port,
    stop: async () => {
      await server.stop()
      await db.close()
    },
  }
}

/**
 * Starts (or reuses) the local Postgres in `dataDir`. PGlite runs every connection as one
 * superuser, which is why every CRM transaction does `SET LOCAL ROLE vitrine_app`.
 */
export async function startPostgres(
  dataDir: string,
  options: { port?: number; fast?: boolean; prefer?: 'postgres' | 'pglite' } = {},
): Promise<PgServer> {
  const binDir = options.prefer === 'pglite' ? null : findPgBinDir()
  if (binDir) {
    const { port, stop } = await startCluster(binDir, dataDir, options)
    return {
      kind: 'postgres',
      port,
      adminUrl: url(OWNER, port, DATABASE),
      appUrl: url(WORKER, port, DATABASE),
      stop,
    }
  }
  const { port, stop } = await startPglite(dataDir, options)
  return {
    kind: 'pglite',
    port,
    adminUrl: url(OWNER, port, 'postgres'),
    appUrl: url(WORKER, port, 'postgres'),
    stop,
  }
}

export const isDirectory = (path: string) => existsSync(path) && statSync(path).isDirectory()
