// `npm run bench:crm`: the CRM's list, filter, search and board queries through the Worker on a
// seeded organisation (50,000 contacts, 100,000 activities, 10,000 deals by default), as p50/p95
// latencies and as ratios against a floor measured in the same run. See docs/performance.md.
import { parseArgs } from 'node:util'
import { BENCH_PIPELINE, benchName, benchPhone, seedCrm } from './lib/bench/crm-seed.ts'
import { startCrmBenchServer } from './lib/bench/crm-server.ts'
import { capturePage } from './lib/bench/floor.ts'
import { get } from './lib/bench/http.ts'
import { cyclePool, type LoadTarget, runLoad } from './lib/bench/load.ts'
import { integer, loadOptions, loadSettings } from './lib/bench/load-args.ts'
import { describeMachine } from './lib/bench/machine.ts'
import { table } from './lib/bench/report.ts'
import { signInAsDemoOwner } from './lib/bench/sign-in.ts'

const { values: args } = parseArgs({
  options: {
    ...loadOptions({ seconds: '10', warmup: '2', connections: '4' }),
    contacts: { type: 'string', default: '50000' },
    activities: { type: 'string', default: '100000' },
    deals: { type: 'string', default: '10000' },
  },
})

const settings = loadSettings(args)
const volumes = {
  contacts: integer('contacts', args.contacts, 1000),
  activities: integer('activities', args.activities, 0),
  deals: integer('deals', args.deals, 0),
}
const say = (line: string) => (args.json ? process.stderr : process.stdout).write(`${line}\n`)
const progress = (line: string) => process.stderr.write(`${line}\n`)

/** Misspells a name the way people do: two neighbouring letters swapped in the last word. */
function misspell(name: string): string {
  const i = name.length - 3
  return name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2)
}

/** Contact numbers spread over the whole table, so searches do not all hit one page. */
const sample = (n: number) =>
  Array.from({ length: n }, (_, k) => 1 + Math.floor(((k + 0.5) * volumes.contacts) / n))

const encode = (value: unknown) => encodeURIComponent(JSON.stringify(value))

const machine = describeMachine()
const server = await startCrmBenchServer(progress)
let failed = false
try {
  await seedCrm({ app: server.pgAppUrl, admin: server.pgAdminUrl }, volumes, progress)
  const token = await signInAsDemoOwner(server.url, server.host)
  const headers = { authorization: `Bearer ${token}` }
  const names = sample(200).map(benchName)
  const filter = {
    match: 'all',
    conditions: [
      { field: 'tags', op: 'has_any', value: ['vip'] },
      { field: 'lifecycleStage', op: 'eq', value: 'lead' },
      { field: 'custom.budget', op: 'gte', value: 5000 },
    ],
  }
  const scenarios: { name: string; description: string; target: Omit<LoadTarget, 'url' | 'host'> }[] = [
    {
      name: 'contact list',
      description: 'GET /contacts: the first page of 50, newest activity first',
      target: { path: '/api/v1/contacts?limit=50' },
    },
    {
      name: 'filtered list',
      description: 'tag vip, lifecycle lead, custom field budget ≥ 5,000',
      target: { path: `/api/v1/contacts?limit=50&filter=${encode(filter)}` },
    },
    {
      name: 'search: misspelt name',
      description: 'GET /crm/search?q= a name with two letters swapped (200 different names)',
      target: {
        path: cyclePool(names.map((n) => `/api/v1/crm/search?q=${encodeURIComponent(misspell(n))}`)),
      },
    },
    {
      name: 'search: partial phone',
      description: 'GET /crm/search?q= six digits from the middle of a number',
      target: {
        path: cyclePool(sample(200).map((i) => `/api/v1/crm/search?q=${benchPhone(i).slice(6, 12)}`)),
      },
    },
    {
      name: 'autocomplete',
      description: 'GET /crm/autocomplete?q= the first 5 letters of a name',
      target: {
        path: cyclePool(names.map((n) => `/api/v1/crm/autocomplete?q=${encodeURIComponent(n.slice(0, 5))}`)),
      },
    },
    {
      name: 'kanban board',
      description: `GET /pipelines/{id}/board: ${volumes.deals.toLocaleString('en-US')} deals over 6 stages`,
      target: { path: `/api/v1/pipelines/${BENCH_PIPELINE.pipelineId}/board` },
    },
  ]
  // Every scenario must answer 200 before it is measured: a fast 4xx measures nothing.
  for (const s of scenarios) {
    const path = typeof s.target.path === 'string' ? s.target.path : s.target.path.next()
    const res = await fetch(server.url + path, { headers: { ...headers, host: server.host } })
    if (res.status !== 200)
      throw new Error(`${s.name}: ${path} answered ${res.status}: ${(await res.text()).slice(0, 300)}`)
  }
  // The floor replays the contact list's exact answer from memory in the same workerd.
  const list = await get(`${server.url}/api/v1/contacts?limit=50`, server.host)
  await server.startFloor(capturePage({ ...list, status: 200 }))
  const run = (name: string, target: LoadTarget) => {
    progress(`Running ${name} (${settings.warmupSeconds} s warm-up, ${settings.seconds} s measured)…`)
    return runLoad(target, settings)
  }
  const floor = await run('floor', { url: server.url, host: server.floorHost, path: '/' })
  const results = [
    { name: 'floor', description: 'the contact list’s bytes from memory: no work of ours', result: floor },
  ]
  for (const s of scenarios) {
    results.push({
      name: s.name,
      description: s.description,
      result: await run(s.name, { url: server.url, host: server.host, headers, ...s.target }),
    })
  }
  failed =
    results.some((r) => r.result.non2xx + r.result.errors + r.result.timeouts > 0) ||
    server.workerErrors.length > 0
  const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : '-')
  say(`\nVitrine CRM benchmark · ${new Date().toISOString().slice(0, 10)}`)
  say(
    `${machine.cpu}, ${machine.cores} cores, load average ${machine.loadAverage}; Postgres: ${server.pgKind}`,
  )
  say(
    `${volumes.contacts.toLocaleString('en-US')} contacts, ${volumes.activities.toLocaleString('en-US')} activities, ${volumes.deals.toLocaleString('en-US')} deals; ${settings.connections} connections, ${settings.seconds} s per scenario after ${settings.warmupSeconds} s of warm-up\n`,
  )
  say(
    table(
      ['scenario', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'p50 ÷ floor', 'failed'],
      results.map(({ name, result: r }) => [
        name,
        Math.round(r.requestsPerSecond).toLocaleString('en-US'),
        ms(r.p50),
        ms(r.p95),
        ms(r.p99),
        `${(r.p50 / floor.p50).toFixed(1)}×`,
        String(r.non2xx + r.errors + r.timeouts),
      ]),
    ),
  )
  say('')
  for (const { name, description } of results) say(`${name}: ${description}`)
  if (server.workerErrors.length > 0)
    say(`\nThe Worker logged ${server.workerErrors.length} error(s); the first: ${server.workerErrors[0]}`)
  if (failed) say('\nSome requests failed: these numbers do not describe working queries.')
  if (args.json) {
    process.stdout.write(
      `${JSON.stringify({ date: new Date().toISOString(), machine, settings, volumes, results }, null, 2)}\n`,
    )
  }
} finally {
  await server.dispose()
}
process.exitCode = failed ? 1 : 0
