// Makes an existing account a platform administrator in the local D1 that `npm start` uses
// (npx picks the project's Node 22, which wrangler needs):
//   npx node scripts/make-admin.ts someone@example.com
// In staging or production, run the same statement remotely (see docs/identity.md):
//   npx wrangler d1 execute DB --env production --remote \
//     --command "update users set platform_role = 'super_admin' where email = 'someone@example.com'"
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'

const email = process.argv[2]?.trim().toLowerCase()
if (!email || !/^[^\s@'"]+@[^\s@'"]+\.[^\s@'"]+$/.test(email)) {
  console.error('Usage: npx node scripts/make-admin.ts <email of an existing account>')
  process.exit(1)
}

const ROOT = join(import.meta.dirname, '..')
const wrangler = join(ROOT, 'node_modules', 'wrangler', 'bin', 'wrangler.js')
const persist = process.env.VITRINE_STATE_DIR
  ? join(process.env.VITRINE_STATE_DIR, 'miniflare')
  : join(ROOT, '.vitrine', 'miniflare')
// The address is checked above to hold no quotes, so it is safe inside the SQL literal.
const command = `update users set platform_role = 'super_admin' where email = '${email}' returning id`

const { stdout } = await promisify(execFile)(
  process.execPath,
  [wrangler, 'd1', 'execute', 'DB', '--local', '--persist-to', persist, '--json', '--command', command],
  { cwd: ROOT, maxBuffer: 8 * 1024 * 1024 },
)
const [result] = JSON.parse(stdout) as { results?: unknown[] }[]
if (!result?.results?.length) {
  console.error(`No account with the e-mail ${email}. Sign up first, then run this again.`)
  process.exit(1)
}
console.log(`${email} is now a platform administrator. Reload the dashboard to see the Platform admin pages.`)
