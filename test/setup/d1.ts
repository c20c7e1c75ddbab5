import { applyD1Migrations, env } from 'cloudflare:test'

declare global {
  namespace Cloudflare {
    interface Env {
      D1_MIGRATIONS: import('cloudflare:test').D1Migration[]
    }
  }
}

// Runs before each test file; applied migrations are recorded, so this is cheap after the first.
await applyD1Migrations(env.DB, env.D1_MIGRATIONS)
