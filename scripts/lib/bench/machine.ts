import { readFileSync } from 'node:fs'
import { cpus, loadavg, release, totalmem } from 'node:os'
import { join } from 'node:path'
import { ROOT } from './bundle.ts'

/** The first of these installed package folders' version (npm nests or hoists as it likes). */
function versionOf(...folders: string[]): string {
  for (const folder of folders) {
    try {
      const file = join(ROOT, 'node_modules', folder, 'package.json')
      return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version
    } catch {
      // Not installed at this place.
    }
  }
  return 'unknown'
}

/** Where the numbers came from: they mean little without the machine and the runtime. */
export function describeMachine() {
  const cpu = cpus()
  return {
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    // Other work on the machine lowers every row, the floor included; the ratios suffer less.
    loadAverage: Number(loadavg()[0]!.toFixed(2)),
    os: `${process.platform} ${release()}`,
    node: process.version,
    miniflare: versionOf('miniflare'),
    workerd: versionOf('miniflare/node_modules/workerd', 'workerd'),
  }
}
