// What every browser test stands on: the platform as `npm start` runs it, in a folder of its own
// on a free port, and the system's Chromium driven by playwright-core.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { type Browser, type BrowserContextOptions, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, expect } from 'vitest'
import { type Platform, startPlatform } from '../../../scripts/lib/platform.ts'
import { freePort } from '../../../scripts/lib/postgres.ts'

export interface BrowserPlatform {
  platform: Platform
  browser: Browser
  /** Where the platform answers, e.g. `http://localhost:51234`. */
  url: string
  /** The platform's state folder; removed by `stop()`, a place for screenshots meanwhile. */
  stateDir: string
  /** A page in a fresh browser context (its own cookies and storage). */
  newPage(options?: BrowserContextOptions): Promise<Page>
  /** Closes the browser, stops the platform and removes its state folder. */
  stop(): Promise<void>
}

const chromiumPath = () => execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim()

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
]

/**
 * Starts the platform in a new temporary folder named after `prefix`, and a headless Chromium.
 * Call from `beforeAll`, and `stop()` from `afterAll`; if starting fails, whatever was started
 * is stopped again before the error is thrown.
 */
export async function startBrowserPlatform(prefix = 'vitrine-browser-'): Promise<BrowserPlatform> {
  const stateDir = mkdtempSync(join(tmpdir(), prefix))
  let platform: Platform | undefined
  let browser: Browser | undefined
  const stop = async () => {
    try {
      await browser?.close()
    } finally {
      try {
        await platform?.stop()
      } finally {
        rmSync(stateDir, { recursive: true, force: true })
      }
    }
  }
  try {
    platform = await startPlatform({ stateDir, port: await freePort(), fast: true })
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS })
  } catch (error) {
    await stop().catch(() => {})
    throw error
  }
  const started = browser
  return {
    platform,
    browser: started,
    url: platform.url,
    stateDir,
    newPage: async (options) => (await started.newContext(options)).newPage(),
    stop,
  }
}

/**
 * The file's platform and browser: started before its tests, stopped after them. Call once at the
 * top level of a test file; read the answer inside tests and hooks (a hook of the file's own runs
 * after the platform has started).
 * @example const app = browserPlatformForFile('vitrine-contacts-')
 */
export function browserPlatformForFile(prefix: string): Omit<BrowserPlatform, 'stop'> {
  let started: BrowserPlatform | undefined
  beforeAll(async () => {
    started = await startBrowserPlatform(prefix)
  })
  afterAll(async () => {
    await started?.stop()
  })
  const get = () => {
    if (!started) throw new Error('The platform is not started yet: read it inside tests and hooks')
    return started
  }
  return {
    get platform() {
      return get().platform
    },
    get browser() {
      return get().browser
    },
    get url() {
      return get().url
    },
    get stateDir() {
      return get().stateDir
    },
    newPage: (options) => get().newPage(options),
  }
}

/** Fails with the list of axe violations on the page, or only inside `include` when given. */
export async function expectAccessible(page: Page, options: { include?: string } = {}) {
  // Contrast is judged on what people end up seeing: a toast caught mid fade-in is half
  // transparent. A live toast can arrive while axe is still reading the page, so the page is
  // judged as a reduced-motion visitor sees it (entrances without fades), and finite animations
  // already running are let finish; endless ones (loading pulses) never would.
  // (A string: this file is type-checked without the DOM library.)
  await page.emulateMedia({ reducedMotion: 'reduce' })
  try {
    await page.evaluate(`Promise.all(document.getAnimations()
      .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
      .map((a) => a.finished.catch(() => undefined)))`)
    const builder = new AxeBuilder({ page })
    const { violations } = await (options.include ? builder.include(options.include) : builder).analyze()
    const why = violations.flatMap((v) =>
      v.nodes.map((n) => `${v.id} ${n.target.join(' ')}: ${n.failureSummary}`),
    )
    expect(
      violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      why.join('\n'),
    ).toEqual([])
  } finally {
    await page.emulateMedia({ reducedMotion: null })
  }
}

/** JSON from the API as the signed-in page (its cookies, its origin); throws on a non-2xx. */
export async function pageApi<T>(page: Page, path: string, body?: unknown): Promise<T> {
  const result = await page.evaluate(
    async ({ path, body }) => {
      const res = await fetch(path, {
        method: body === undefined ? 'GET' : 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      return { status: res.status, text: await res.text() }
    },
    { path, body },
  )
  if (result.status >= 300) throw new Error(`${path} answered ${result.status}: ${result.text}`)
  return JSON.parse(result.text) as T
}
