// `npm start`: the whole platform on this machine, with nothing but Node.
import { join } from 'node:path'
import { DEMO } from './lib/demo.ts'
import { ROOT, startPlatform } from './lib/platform.ts'

const port = Number(process.env.PORT ?? 8787)
const verbose = process.argv.includes('--verbose')
const say = (line: string) => process.stdout.write(`${line}\n`)

say('Starting Vitrine…')
const platform = await startPlatform({
  stateDir: join(ROOT, '.vitrine'),
  port,
  pgPort: process.env.PG_PORT ? Number(process.env.PG_PORT) : undefined,
  mailPort: Number(process.env.MAIL_PORT ?? 8025),
  cloudflarePort: Number(process.env.CLOUDFLARE_FAKE_PORT ?? 8026),
  outsidePort: Number(process.env.OUTSIDE_FAKE_PORT ?? 8027),
  log: (line) => {
    // At the prompt show only the Worker's warnings and errors; wrangler's chatter (including its
    // failed lookup of Request.cf data, which needs the internet) is for --verbose.
    if (verbose || /^\{"level":"(warn|error)"/.test(line)) say(line)
  },
})

say(`
Vitrine is running.

  Microsite        ${platform.url}/${DEMO.brandSlug}/${DEMO.branchSlug}
  Custom hostname  http://${DEMO.customHostname}:${port}/${DEMO.branchSlug}
  QR short link    ${platform.url}/q/${DEMO.qrCode}   (table 4: opens the menu, counts the scan)
  Dashboard        ${platform.url}/app/
  API docs         ${platform.url}/api/docs   (OpenAPI: ${platform.url}/api/openapi.json)
  Health           ${platform.url}/health

  Demo login       ${DEMO.email} / ${DEMO.password}
  Platform admin   ${DEMO.admin.email} / ${DEMO.admin.password}
  Postgres         ${platform.pg.kind} on 127.0.0.1:${platform.pg.port}
  Sent e-mail      ${platform.mailUrl}/emails   (every message the platform sends, as JSON)
  Cloudflare API   ${platform.cloudflareUrl}/__fake/hostnames   (local custom hostnames; see docs/microsites.md)
  Outside APIs     ${platform.outsideUrl}   (Turnstile, Meta Graph, LinkedIn, a webhook receiver; see docs/leads.md)

Press Ctrl+C to stop.`)

let stopping = false
const shutdown = async () => {
  if (stopping) return
  stopping = true
  say('\nStopping…')
  await platform.stop()
  process.exit(0)
}
process.on('SIGINT', shutdown)
process.on('SIGTERM', shutdown)
