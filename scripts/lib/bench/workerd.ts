// Miniflare's options for a bench: workerd on one local port with nothing in front, storage on
// disk under the bench's temporary folder, and the Worker's error lines kept for the report.
import { convertV4MiniflareOptions, Log, LogLevel } from 'miniflare'

export interface WorkerdSetup {
  port: number
  /** Where D1, KV, R2 and Durable Objects keep their files: they outlive setOptions(). */
  stateDir: string
  /** Error lines the Worker logged; a healthy run has none. */
  workerErrors: string[]
}

export function workerdOptions(setup: WorkerdSetup, workers: object[]) {
  return convertV4MiniflareOptions({
    host: '127.0.0.1',
    port: setup.port,
    cf: false,
    log: new Log(LogLevel.WARN),
    logRequests: false,
    enableDevRegistry: false,
    telemetry: { enabled: false },
    resourcePersistencePath: setup.stateDir,
    // The Worker logs a JSON line per request, as in production; keep only its errors.
    handleStructuredLogs: ({ level, message }) => {
      if (level === 'error' || message.includes('"level":"error"')) setup.workerErrors.push(message)
    },
    workers,
  } as Parameters<typeof convertV4MiniflareOptions>[0])
}
