// The Worker exactly as `wrangler deploy` would upload it: same bundler, same config, no network.
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)
export const ROOT = join(import.meta.dirname, '..', '..', '..')
const WRANGLER = join(ROOT, 'node_modules', 'wrangler', 'bin', 'wrangler.js')
const VITE = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js')

/** Bundles the Worker into `outDir` and returns the path of its entry module. */
export async function bundleWorker(outDir: string, log: (line: string) => void): Promise<string> {
  // wrangler reads the [assets] folder even on a dry run; build the dashboard once if it is missing.
  if (!existsSync(join(ROOT, 'web', 'dist'))) {
    log('Building the dashboard (web/dist is missing; wrangler needs it to bundle)…')
    await run(process.execPath, [VITE, 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], {
      cwd: ROOT,
    })
  }
  try {
    await run(process.execPath, [WRANGLER, 'deploy', '--dry-run', '--env=', '--outdir', outDir], {
      cwd: ROOT,
      env: { ...process.env, CI: 'true', NO_COLOR: '1', WRANGLER_SEND_METRICS: 'false' },
      maxBuffer: 32 * 1024 * 1024,
    })
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim()
    throw new Error(`The Worker does not build (wrangler deploy --dry-run):\n${stderr || String(error)}`)
  }
  const entry = join(outDir, 'index.js')
  if (!existsSync(entry)) throw new Error(`wrangler deploy --dry-run wrote no ${entry}`)
  return entry
}
