import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import postgres from 'postgres'
import { WORKER } from './postgres.ts'

export const PG_MIGRATIONS_DIR = join(import.meta.dirname, '..', '..', 'migrations', 'pg')

/**
 * Applies migrations/pg/*.sql in name order, each in its own transaction, once. An advisory
 * lock keeps two deploys from migrating at the same time. Returns the names it applied.
 */
export async function migratePg(adminUrl: string, dir = PG_MIGRATIONS_DIR): Promise<string[]> {
  const sql = postgres(adminUrl, { max: 1, onnotice: () => {} })
  const applied: string[] = []
  try {
    await sql`select pg_advisory_lock(724513)`
    await sql`create table if not exists vitrine_migrations (name text primary key, applied_at timestamptz not null default now())`
    const done = new Set((await sql`select name from vitrine_migrations`).map((r) => r.name as string))
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.sql'))
      .sort()
    for (const file of files) {
      if (done.has(file)) continue
      const text = readFileSync(join(dir, file), 'utf8').replaceAll('--> statement-breakpoint', '')
      await sql.begin(async (tx) => {
        await tx.unsafe(text)
        await tx`insert into vitrine_migrations (name) values (${file})`
      })
      applied.push(file)
    }
    await sql`select pg_advisory_unlock(724513)`
  } finally {
    await sql.end()
  }
  return applied
}

/**
 * The login role Hyperdrive uses locally: a member of vitrine_app that owns nothing and
 * cannot bypass row level security. Production creates its own with its own password.
 */
export async function ensureWorkerLogin(adminUrl: string, login = WORKER): Promise<void> {
  const sql = postgres(adminUrl, { max: 1, onnotice: () => {} })
  try {
    const [exists] = await sql`select 1 from pg_roles where rolname = ${login.user}`
    if (!exists) {
      await sql.unsafe(
        `create role ${login.user} login password '${login.password.replaceAll("'", "''")}' nosuperuser nobypassrls in role vitrine_app`,
      )
    }
    const [row] = await sql`select current_database() as db`
    await sql.unsafe(`grant connect on database "${String(row?.db)}" to ${login.user}`)
  } finally {
    await sql.end()
  }
}
