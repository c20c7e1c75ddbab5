// `npm run bench:analytics`: how many beacons per second the collect endpoint accepts (and proof
// that the queue's consumer counted each one), and what the dashboard's reads cost on a seeded
// year for hundreds of branches, as p50/p95 and as ratios against floors measured in the same
// run. See docs/performance.md.
import { parseArgs } from 'node:util'
import type { Overview } from '../worker/modules/analytics/analytics.schemas.ts'
import {
  beaconBodies,
  COLLECT_PATH,
  collectTarget,
  countIngested,
  waitForConsumer,
} from './lib/bench/analytics-ingest.ts'
import { checkAnswers, dashboardQueries, type QueryScenario } from './lib/bench/analytics-queries.ts'
import { failures, type Measured, ratioTable } from './lib/bench/analytics-report.ts'
import {
  addBenchBranches,
  type BenchOrganisation,
  DAILY_ROWS_PER_DAY,
  seedRollups,
} from './lib/bench/analytics-seed.ts'
import { type AnalyticsBenchServer, startAnalyticsBenchServer } from './lib/bench/analytics-server.ts'
import { capturePage } from './lib/bench/floor.ts'
import { type RawResponse, send } from './lib/bench/http.ts'
import { cyclePool, type LoadResult, type LoadSettings, type LoadTarget, runLoad } from './lib/bench/load.ts'
import { loadOptions } from './lib/bench/load-args.ts'
import { describeMachine } from './lib/bench/machine.ts'
import { signInAsDemoOwner } from './lib/bench/sign-in.ts'

const { values: args } = parseArgs({
  options: {
    ...loadOptions({ seconds: '5', warmup: '1', connections: '10' }),
    'query-connections': { type: 'string', default: '1' },
    brands: { type: 'string', default: '2' },
    branches: { type: 'string', default: '100' },
    days: { type: 'string', default: '365' },
  },
})

function integer(name: string, value: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < min || n > max)
    throw new Error(`--${name} must be an integer from ${min} to ${max}, got ${value}`)
  return n
}

const settings: LoadSettings = {
  seconds: integer('seconds', args.seconds, 1),
  warmupSeconds: integer('warmup', args.warmup, 0),
  connections: integer('connections', args.connections, 1),
}
// Beacons come from many phones at once; a dashboard is read by one person at a time.
const queryConnections = integer('query-connections', args['query-connections'], 1)
const shape = {
  brands: integer('brands', args.brands, 1),
  branchesPerBrand: integer('branches', args.branches, 1, 999),
  // The API answers at most 366 days at a time.
  days: integer('days', args.days, 30, 366),
}
const say = (line: string) => (args.json ? process.stderr : process.stdout).write(`${line}\n`)
const started = performance.now()
const progress = (line: string) =>
  process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}\n`)
const count = (n: number) => Math.round(n).toLocaleString('en-US')

const FLOOR = 'floor.analytics.bench.localhost'

const run = (name: string, target: LoadTarget, seconds: number, connections: number) => {
  progress(`Running ${name} (${seconds} s, ${connections} connection${connections === 1 ? '' : 's'})…`)
  return runLoad(target, { connections, seconds, warmupSeconds: 0 })
}
// One answer of each run that had failures, to say what went wrong.
const problems: string[] = []

/** Warm-up then the measured run; the warm-up's answers are kept, as its beacons count too. */
async function measure(name: string, target: LoadTarget, connections: number) {
  const { warmupSeconds, seconds } = settings
  const warmup =
    warmupSeconds > 0 ? await run(`${name} warm-up`, target, warmupSeconds, connections) : undefined
  const result = await run(name, target, seconds, connections)
  if (failures(result) > 0) {
    const path = typeof target.path === 'string' ? target.path : target.path.next()
    const body = typeof target.body === 'object' ? target.body.next() : target.body
    const res = await send(target.url + path, { ...target, body })
    problems.push(`${name}: ${res.status} ${res.body.toString().slice(0, 300)}`)
  }
  return { warmup, result }
}
const accepted = (r?: LoadResult) => (r ? r.requests - r.non2xx : 0)

/** The collect endpoint and its floor under load, then the wait for the consumer's last write. */
async function runIngest(server: AnalyticsBenchServer, afterDay: string) {
  const { url, host } = server
  const bodies = beaconBodies()
  const collect = collectTarget(url, host, cyclePool(bodies))
  const first = await send(url + COLLECT_PATH, { ...collect, body: bodies[0] })
  if (first.status !== 204)
    throw new Error(`POST ${COLLECT_PATH} answered ${first.status}: ${first.body.toString().slice(0, 300)}`)
  await server.startFloors({ [FLOOR]: capturePage(first) })
  const floor = await measure('collect floor', { ...collect, host: FLOOR, path: '/' }, settings.connections)
  const ingest = await measure('collect', collect, settings.connections)
  const loadEnd = performance.now()
  // Had the consumer kept up? What it had stored when the load stopped says.
  const storedAtEnd = (await countIngested(await server.database(), afterDay)).events
  const sent = 1 + accepted(ingest.warmup) + accepted(ingest.result)
  progress(`Waiting for the queue's consumer to count ${count(sent)} events…`)
  const { lastWriteAt, ...counted } = await waitForConsumer(await server.database(), afterDay, sent, 300)
  const rows: Measured[] = [
    { name: 'floor', description: 'the collect endpoint’s 204 from memory', result: floor.result },
    { name: 'POST /a/collect', description: 'beacon to 204, event queued', result: ingest.result },
  ]
  return {
    rows,
    sent,
    counted,
    storedAtEnd,
    drainSeconds: Math.max(0, lastWriteAt - loadEnd) / 1000,
  }
}

// The API's access tokens live 15 minutes and sign-ins are rate-limited: sign in again only
// when the token is about to expire.
let session: { token: string; at: number } | undefined
async function authorization(server: AnalyticsBenchServer) {
  if (!session || performance.now() - session.at > 12 * 60_000)
    session = { token: await signInAsDemoOwner(server.url, server.host), at: performance.now() }
  return { authorization: `Bearer ${session.token}` }
}

/**
 * Each dashboard read once (it must answer 200, and the answers must add up: a fast 4xx or a
 * wrong number measures nothing), then each under load.
 */
async function runQueries(server: AnalyticsBenchServer, org: BenchOrganisation, queries: QueryScenario[]) {
  const { url, host } = server
  const answers: RawResponse[] = []
  for (const q of queries) {
    const res = await send(url + q.path, { host, headers: await authorization(server) })
    if (res.status !== 200)
      throw new Error(`${q.name}: ${q.path} answered ${res.status}: ${res.body.toString().slice(0, 300)}`)
    answers.push(res)
  }
  // The floor replays the organisation's overview from memory.
  await server.startFloors({ [FLOOR]: capturePage(answers[0]!) })
  const floor = await measure('query floor', { url, host: FLOOR, path: '/' }, queryConnections)
  const rows: Measured[] = [
    { name: 'floor', description: 'the organisation overview’s bytes from memory', result: floor.result },
  ]
  for (const q of queries) {
    const target = { url, host, headers: await authorization(server), path: q.path }
    rows.push({ ...q, result: (await measure(q.name, target, queryConnections)).result })
  }
  const parsed = new Map(queries.map((q, i) => [q.id, JSON.parse(answers[i]!.body.toString()) as unknown]))
  const tenantViews = (parsed.get('tenant') as Overview).totals.views
  return { rows, tenantViews, disagreements: checkAnswers(parsed, org) }
}

const machine = describeMachine()
// The seeded year ends yesterday, so today's rollups hold the ingest's events alone.
const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10)
const server = await startAnalyticsBenchServer(progress)
let failed = false
try {
  const branches = shape.brands * shape.branchesPerBrand
  const org = await addBenchBranches(await server.database(), shape.brands, shape.branchesPerBrand)
  progress(`Seeding ${shape.days} days of rollups for ${count(branches)} branches…`)
  const seed = await seedRollups(await server.database(), org, yesterday, shape.days, progress)
  // The consumer writes into a D1 that already holds the year, as it would in production.
  const ingest = await runIngest(server, yesterday)
  const queries = await runQueries(server, org, dashboardQueries(org, yesterday, shape.days))

  const { counted, sent } = ingest
  const lost = counted.events < sent || counted.rollupActions + counted.rollupExcluded < counted.events
  failed =
    [...ingest.rows, ...queries.rows].some((r) => failures(r.result) > 0) ||
    lost ||
    queries.disagreements.length > 0 ||
    counted.deadLetters > 0 ||
    server.workerErrors.length > 0

  say(`\nVitrine analytics benchmark · ${new Date().toISOString().slice(0, 10)}`)
  say(
    `${machine.cpu}, ${machine.cores} cores, load average ${machine.loadAverage} before the run; workerd ${machine.workerd}`,
  )
  say(`${settings.seconds} s per scenario after ${settings.warmupSeconds} s of warm-up\n`)
  say(`Ingest: ${settings.connections} connections posting beacons, the events queue's consumer running\n`)
  say(ratioTable(ingest.rows, 'events/s'))
  say(`\n${ingestSummary(ingest)}`)
  say(
    `\nDashboard reads, ${queryConnections} connection${queryConnections === 1 ? '' : 's'}: ${count(seed.dailyRows)} daily and ${count(seed.hourlyRows)} hourly rollup rows seeded in ${seed.seconds.toFixed(1)} s`,
  )
  say(
    `(${seed.scopes} scopes: the tenant, ${shape.brands} brands, ${count(branches)} branches; ${seed.days} days ${seed.firstDay} to ${seed.lastDay}; ${DAILY_ROWS_PER_DAY} dimension values a day)\n`,
  )
  say(ratioTable(queries.rows))
  say('')
  for (const { name, description } of queries.rows.slice(1)) say(`${name}: ${description}`)
  say(
    queries.disagreements.length === 0
      ? `\nThe answers add up: ${count(queries.tenantViews)} views for the organisation, its brands' sum; the brand's, its branches' sum in the league.`
      : `\nThe answers do not add up: ${queries.disagreements.join('; ')}.`,
  )
  for (const problem of problems) say(`\nA failed answer, sent again after the run: ${problem}`)
  if (server.workerErrors.length > 0)
    say(`\nThe Worker logged ${server.workerErrors.length} error(s); the first: ${server.workerErrors[0]}`)
  if (failed) say('\nSomething failed: these numbers do not describe a working pipeline.')
  if (args.json) {
    const report = {
      date: new Date().toISOString(),
      machine,
      settings: { ...settings, queryConnections },
      shape,
      seed,
      ingest,
      queries: queries.rows,
      workerErrors: server.workerErrors.length,
    }
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
  }
} finally {
  await server.dispose()
}
process.exitCode = failed ? 1 : 0

function ingestSummary(ingest: Awaited<ReturnType<typeof runIngest>>): string {
  const { counted: c, sent } = ingest
  const excluded = c.rollupExcluded > 0 ? `, ${count(c.rollupExcluded)} as excluded` : ''
  const lines = [
    `events counted: ${count(c.events)} of ${count(sent)} accepted (warm-up and one check beacon included); ${count(c.rollupActions)} in the tenant's action rollups${excluded}`,
    `when the load stopped the consumer had already stored ${count(ingest.storedAtEnd)}; its last write came ${ingest.drainSeconds.toFixed(1)} s later (the queue waits up to 5 s to fill a batch of 100)`,
  ]
  if (c.events > sent)
    lines.push(
      `${count(c.events - sent)} more events than 204s: requests in flight when the load generator hung up, which the Worker still took`,
    )
  if (c.deadLetters > 0) lines.push(`${count(c.deadLetters)} events messages were dead-lettered`)
  return lines.join('\n')
}
