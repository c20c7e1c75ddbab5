import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import pg from 'pg'
import { WORKER } from './postgres.ts'

export const PG_MIGRATIONS_DIR = join(import.meta.dirname, '..', '..', 'migrations', 'pg')

/**
 * Applies migrations/pg/*.sql in name order, each in its own transaction, once. An advisory
 * lock keeps two deploys from migrating at the same time. Returns the names it applied.
 */
export async function migratePg(adminUrl: string, dir = PG_MIGRATIONS_DIR): Promise<string[]> {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  const applied: string[] = []
  try {
    await client.query('select pg_advisory_lock(724513)')
    await client.query(
      'create table if not exists vitrine_migrations (name text primary key, applied_at timestamptz not null default now())',
    )
    const done = new Set(
      (await client.query<{ name: string }>('select name from vitrine_migrations')).rows.map((r) => r.name),
    )
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.sql'))
      .sort()
    for (const file of files) {
      if (done.has(file)) continue
      const text = readFileSync(join(dir, file), 'utf8').replaceAll('--> statement-breakpoint', '')
      try {
        await client.query('begin')
        await client.query(text)
        await client.query('insert into vitrine_migrations (name) values ($1)', [file])
        await client.query('commit')
      } catch (error) {
        await client.query('rollback')
        throw new Error(`Migration ${file} failed: ${(error as Error).message}`)
      }
      applied.push(file)
    }
    await client.query('select pg_advisory_unlock(724513)')
  } finally {
    await client.end()
  }
  return applied
}

/**
 * The login role Hyperdrive uses locally: a member of vitrine_app that owns nothing and
 * cannot bypass row level security. Production creates its own with its own password.
 */
export async function ensureWorkerLogin(adminUrl: string, login = WORKER): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    const exists = await client.query('select 1 from pg_roles where rolname = $1', [login.user])
    if (exists.rowCount === 0) {
      await client.query(
        `create role ${login.user} login password '${login.password.replaceAll("'", "''")}' nosuperuser nobypassrls in role vitrine_app`,
      )
    }
    const { rows } = await client.query<{ db: string }>('select current_database() as db')
    await client.query(`grant connect on database "${rows[0]?.db}" to ${login.user}`)
  } finally {
    await client.end()
  }
}
