// The command-line options every bench takes: --json, and how long and over how many connections
// each load runs (BENCH_SECONDS, BENCH_WARMUP and BENCH_CONNECTIONS change the defaults).
import type { LoadSettings } from './load.ts'

/** `parseArgs` options for --json, --seconds, --warmup and --connections. */
export const loadOptions = (defaults: { seconds: string; warmup: string; connections: string }) =>
  ({
    json: { type: 'boolean', default: false },
    seconds: { type: 'string', default: process.env.BENCH_SECONDS ?? defaults.seconds },
    warmup: { type: 'string', default: process.env.BENCH_WARMUP ?? defaults.warmup },
    connections: { type: 'string', default: process.env.BENCH_CONNECTIONS ?? defaults.connections },
  }) as const

export function integer(name: string, value: string, min: number): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be an integer ≥ ${min}, got ${value}`)
  return n
}

export const loadSettings = (args: {
  seconds: string
  warmup: string
  connections: string
}): LoadSettings => ({
  seconds: integer('seconds', args.seconds, 1),
  warmupSeconds: integer('warmup', args.warmup, 0),
  connections: integer('connections', args.connections, 1),
})
