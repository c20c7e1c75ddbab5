// `npm run bench:lighthouse`: Lighthouse (mobile) on one published page per template, served by the
// same workerd as `npm run bench`; fails when any category scores below the budget of 95.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { launch } from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { table } from './lib/bench/report.ts'
import { startBenchServer } from './lib/bench/server.ts'

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
const MIN_SCORE = 95

const { values: args } = parseArgs({ options: { json: { type: 'boolean', default: false } } })
const say = (line: string) => (args.json ? process.stderr : process.stdout).write(`${line}\n`)
const progress = (line: string) => process.stderr.write(`${line}\n`)

function chromiumPath(): string {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH
  try {
    return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim()
  } catch {
    throw new Error('No chromium on PATH (apt-get install chromium, or set CHROME_PATH)')
  }
}

interface PageScores {
  name: string
  path: string
  scores: Record<(typeof CATEGORIES)[number], number>
  /** Audits that cost points, in every category. */
  failing: string[]
}

const server = await startBenchServer({ uncachedPages: 0, log: progress })
const profile = mkdtempSync(join(tmpdir(), 'vitrine-lighthouse-'))
const chrome = await launch({
  chromePath: chromiumPath(),
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  userDataDir: profile,
  logLevel: 'silent',
})
// Lighthouse's trace recording sometimes fails on a busy machine (NO_NAVSTART and the like);
// such a run says nothing about the page, so it is tried again.
const ATTEMPTS = 3

async function audit(page: { name: string; path: string }, port: number): Promise<PageScores> {
  for (let attempt = 1; ; attempt++) {
    const run = await lighthouse(server.url + page.path, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    })
    const lhr = run?.lhr
    if (!lhr || lhr.runtimeError) {
      const reason = lhr?.runtimeError?.message ?? 'no result'
      if (attempt < ATTEMPTS) {
        progress(`  Lighthouse could not record ${page.path} (${reason}); trying again`)
        continue
      }
      throw new Error(`Lighthouse could not load ${page.path} in ${ATTEMPTS} attempts: ${reason}`)
    }
    const scores = Object.fromEntries(
      CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]),
    ) as PageScores['scores']
    const failing = CATEGORIES.flatMap((id) =>
      (lhr.categories[id]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${id}: ${lhr.audits[ref.id]?.title ?? ref.id}`),
    )
    return { ...page, scores, failing }
  }
}

const results: PageScores[] = []
try {
  for (const page of server.templatePages) {
    progress(`Lighthouse: ${page.name} (${page.path})…`)
    results.push(await audit(page, chrome.port))
  }
} finally {
  chrome.kill()
  rmSync(profile, { recursive: true, force: true })
  await server.dispose()
}

say('\nLighthouse (mobile), one page per template\n')
say(
  table(
    ['template', ...CATEGORIES],
    results.map((r) => [r.name, ...CATEGORIES.map((id) => String(r.scores[id]))]),
  ),
)
const below = results.filter((r) => CATEGORIES.some((id) => r.scores[id] < MIN_SCORE))
for (const r of below)
  say(
    `\n${r.name} is below ${MIN_SCORE}; audits that cost points:\n  ${r.failing.join('\n  ') || '(none failed outright)'}`,
  )
say(below.length === 0 ? `\nEvery category of every page scores at least ${MIN_SCORE}.` : '')
if (args.json)
  process.stdout.write(
    `${JSON.stringify({ date: new Date().toISOString(), minScore: MIN_SCORE, results }, null, 2)}\n`,
  )
process.exitCode = below.length === 0 ? 0 : 1
