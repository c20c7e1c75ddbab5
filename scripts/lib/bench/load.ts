// One scenario under load: a short warm-up whose numbers are dropped, then a fixed-length run.
import autocannon from 'autocannon'

export interface LoadSettings {
  connections: number
  seconds: number
  warmupSeconds: number
}

export interface LoadTarget {
  url: string
  host: string
  /** Fixed path, or a source of paths each requested once (for cache misses). */
  path: string | PathPool
  /** The answer that counts as success (a redirect, say); any 2xx when absent. */
  status?: number
  headers?: Record<string, string>
  /** GET when absent. */
  method?: 'GET' | 'POST'
  /** One body for every request, or a source of bodies (see cyclePool). */
  body?: string | PathPool
}

export interface LoadResult {
  requests: number
  seconds: number
  requestsPerSecond: number
  /** Latency percentiles in milliseconds over successful responses (see LoadTarget.status), at microsecond precision. */
  p50: number
  p90: number
  p95: number
  p99: number
  /** Responses other than the expected status (any 2xx when none is given). */
  non2xx: number
  errors: number
  timeouts: number
  /** Set when a path pool ran dry before the time was up: the run is shorter than asked. */
  exhausted?: boolean
}

/** Hands out each path once. */
export interface PathPool {
  next(): string
  /** Paths handed out so far. */
  used(): number
  remaining(): number
}

export function pathPool(paths: string[]): PathPool {
  let index = 0
  return {
    next: () => paths[Math.min(index++, paths.length - 1)]!,
    used: () => Math.min(index, paths.length),
    remaining: () => Math.max(0, paths.length - index),
  }
}

// autocannon's own histogram has 1 ms resolution, which hides a sub-millisecond floor; its
// per-response event carries the exact time, so percentiles come from those.
function percentile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return Number.NaN
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!
}

/** `share`: the part of a path pool's remaining paths this run may use. */
function fire(target: LoadTarget, connections: number, seconds: number, share = 1): Promise<LoadResult> {
  const latencies: number[] = []
  const pool = typeof target.path === 'string' ? undefined : target.path
  const bodies = typeof target.body === 'object' ? target.body : undefined
  // autocannon notices stop() only at its next one-second tick and keeps requesting meanwhile, so
  // a pool must never run dry mid-run: `amount` caps the requests, with a spare path per connection.
  const amount = pool ? Math.floor(pool.remaining() * share) - connections : undefined
  if (amount !== undefined && amount < connections) {
    return Promise.reject(new Error('The uncached pages ran out before this run; raise --pages'))
  }
  let timeUp = false
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: target.url + (typeof target.path === 'string' ? target.path : '/'),
        connections,
        // With `amount`, autocannon ignores `duration`; the timer below ends the run on time.
        ...(amount === undefined ? { duration: seconds } : { amount }),
        headers: { ...target.headers, host: target.host },
        ...(target.method ? { method: target.method } : {}),
        ...(typeof target.body === 'string' ? { body: target.body } : {}),
        requests:
          pool || bodies
            ? [
                {
                  method: target.method ?? 'GET',
                  setupRequest: (req) => ({
                    ...req,
                    ...(pool ? { path: pool.next() } : {}),
                    ...(bodies ? { body: bodies.next() } : {}),
                  }),
                },
              ]
            : undefined,
      },
      (error, result) => {
        clearTimeout(timer)
        if (error) return reject(error)
        const sorted = Float64Array.from(latencies).sort()
        const unexpected =
          target.status === undefined ? result.non2xx : result.requests.total - latencies.length
        resolve({
          requests: result.requests.total,
          seconds: result.duration,
          requestsPerSecond: result.requests.total / result.duration,
          p50: percentile(sorted, 0.5),
          p90: percentile(sorted, 0.9),
          p95: percentile(sorted, 0.95),
          p99: percentile(sorted, 0.99),
          non2xx: unexpected,
          errors: result.errors,
          timeouts: result.timeouts,
          ...(pool && !timeUp ? { exhausted: true } : {}),
        })
      },
    )
    const timer = setTimeout(() => {
      timeUp = true
      instance.stop()
    }, seconds * 1000)
    instance.on('response', (_client, status, _bytes, ms) => {
      const ok = target.status === undefined ? status >= 200 && status < 300 : status === target.status
      if (ok) latencies.push(ms)
    })
  })
}

export async function runLoad(target: LoadTarget, settings: LoadSettings): Promise<LoadResult> {
  // The warm-up may use a quarter of a path pool at most, so the measured run always has paths.
  if (settings.warmupSeconds > 0) await fire(target, settings.connections, settings.warmupSeconds, 0.25)
  return fire(target, settings.connections, settings.seconds)
}

/** Hands out the same paths round and round (queries that vary but never run out). */
export function cyclePool(paths: string[]): PathPool {
  let index = 0
  return {
    next: () => paths[index++ % paths.length]!,
    used: () => index,
    remaining: () => Number.MAX_SAFE_INTEGER,
  }
}
