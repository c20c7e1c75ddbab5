// `npm run bench`: what a microsite request costs us, measured against a floor that does no work.
// See docs/performance.md for what each scenario means and how to read the ratios.
import { parseArgs } from 'node:util'
import { PHONE_USER_AGENT } from './lib/bench/http.ts'
import { type PathPool, pathPool, runLoad } from './lib/bench/load.ts'
import { integer, loadOptions, loadSettings } from './lib/bench/load-args.ts'
import { describeMachine } from './lib/bench/machine.ts'
import { type ScenarioResult, scenarioTable, sizeTable, withRatios } from './lib/bench/report.ts'
import { type BenchServer, countCachedPages, startBenchServer } from './lib/bench/server.ts'
import { measurePageSizes } from './lib/bench/sizes.ts'
import { DEMO } from './lib/demo.ts'

const { values: args } = parseArgs({
  options: {
    ...loadOptions({ seconds: '10', warmup: '2', connections: '10' }),
    pages: { type: 'string', default: process.env.BENCH_PAGES ?? '30000' },
  },
})

const settings = loadSettings(args)
const uncachedPages = integer('pages', args.pages, 100)
// With --json, stdout carries only the JSON; tables and progress go to stderr.
const say = (line: string) => (args.json ? process.stderr : process.stdout).write(`${line}\n`)
const progress = (line: string) => process.stderr.write(`${line}\n`)
const count = (n: number) => Math.round(n).toLocaleString('en-US')

async function runScenarios(server: BenchServer, pool: PathPool): Promise<ScenarioResult[]> {
  const run = (name: string, target: Parameters<typeof runLoad>[0]) => {
    progress(`Running ${name} (${settings.warmupSeconds} s warm-up, ${settings.seconds} s measured)…`)
    return runLoad(target, settings)
  }
  const { url, cached, customHost } = server
  // One at a time, floor first: every ratio divides by the floor measured in this same run.
  const floor = await run('floor', { url, ...server.floor })
  return withRatios(floor, [
    {
      name: 'floor',
      description: 'the demo page’s bytes and headers from memory: no work of ours',
      result: floor,
    },
    {
      name: 'cached page',
      description: `GET ${cached.path} on our host: one KV read`,
      result: await run('cached page', { url, ...cached }),
    },
    {
      name: 'custom hostname',
      description: `GET ${customHost.path} on ${customHost.host}: hostname map and page from KV`,
      result: await run('custom hostname', { url, ...customHost }),
    },
    {
      name: 'QR scan',
      description: `GET /q/${DEMO.qrCode} from a phone: KV route, rules, 302, scan queued after the answer`,
      result: await run('QR scan', {
        url,
        host: cached.host,
        path: `/q/${DEMO.qrCode}`,
        status: 302,
        headers: { 'user-agent': PHONE_USER_AGENT },
      }),
    },
    {
      name: 'uncached render',
      description: 'a different published branch on every request: D1 query, render, KV write',
      result: await run('uncached render', { url, host: cached.host, path: pool }),
    },
  ])
}

const machine = describeMachine()
const server = await startBenchServer({ uncachedPages, log: progress })
let failed = false
try {
  progress('Measuring each template’s first response…')
  const sizes = await measurePageSizes(server.url, server.cached.host, server.templatePages)
  const pool = pathPool(server.uncachedPaths)
  const scenarios = await runScenarios(server, pool)
  // Each miss leaves its page in the cache, so the cache tells how many renders really happened.
  const rendered = await countCachedPages(server, `/${DEMO.brandSlug}/bench-`)
  const exhausted = scenarios.some((s) => s.exhausted)
  failed =
    scenarios.some((r) => r.non2xx + r.errors + r.timeouts > 0) ||
    sizes.some((s) => s.status !== 200) ||
    server.workerErrors.length > 0

  say(`\nVitrine microsite benchmark · ${new Date().toISOString().slice(0, 10)}`)
  say(
    `${machine.cpu}, ${machine.cores} cores, load average ${machine.loadAverage} before the run; workerd ${machine.workerd}`,
  )
  say(
    `${settings.connections} connections, ${settings.seconds} s per scenario after ${settings.warmupSeconds} s of warm-up; demo page ${count(server.captured.body.length)} bytes\n`,
  )
  say(scenarioTable(scenarios))
  say(
    `\nuncached render: ${count(pool.used())} of ${count(server.uncachedPaths.length)} published copies requested once each (warm-up included), ${count(rendered)} rendered into the page cache${exhausted ? '; RAN OUT and stopped early, raise --pages' : ''}`,
  )
  say(`\nFirst response per template, compressed with zlib's defaults:\n`)
  say(sizeTable(sizes))
  if (server.workerErrors.length > 0) {
    say(`\nThe Worker logged ${server.workerErrors.length} error(s); the first: ${server.workerErrors[0]}`)
  }
  if (failed) say('\nSome requests failed: these numbers do not describe working pages.')
  if (args.json) {
    const report = {
      date: new Date().toISOString(),
      machine,
      settings: { ...settings, uncachedPages },
      pageBytes: server.captured.body.length,
      scenarios,
      uncached: { requested: pool.used(), rendered, exhausted },
      sizes,
      workerErrors: server.workerErrors.length,
    }
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
  }
} finally {
  await server.dispose()
}
process.exitCode = failed ? 1 : 0
