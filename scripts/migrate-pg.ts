// Applies the Postgres migrations to DATABASE_URL (an owner connection), then makes sure the
// Worker's login role exists. Used by the deploy workflow; `npm start` migrates on its own.
import { ensureWorkerLogin, migratePg } from './lib/migrate-pg.ts'

const url = process.env.DATABASE_URL
if (!url) {
  console.error('Set DATABASE_URL to an owner connection of the CRM database')
  process.exit(2)
}
const applied = await migratePg(url)
console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Postgres is up to date')
if (process.env.WORKER_DB_USER && process.env.WORKER_DB_PASSWORD) {
  await ensureWorkerLogin(url, { user: process.env.WORKER_DB_USER, password: process.env.WORKER_DB_PASSWORD })
  console.log(`Login role ${process.env.WORKER_DB_USER} is a member of vitrine_app`)
}
