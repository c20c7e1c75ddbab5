/**
 * Sliding-window rate limiting, as pure math: the count of the previous fixed window is
 * weighted by how much of it still overlaps the sliding window. Two numbers per key, no
 * timestamps log, and within a few percent of an exact sliding log.
 */
export interface WindowState {
  windowStart: number
  current: number
  previous: number
}

export interface RateLimitDecision {
  allowed: boolean
  limit: number
  remaining: number
  /** Seconds until the window has room again (0 when allowed). */
  retryAfter: number
  /** Seconds until the current fixed window ends. */
  reset: number
}

export function consume(
  state: WindowState | undefined,
  now: number,
  limit: number,
  windowMs: number,
): { state: WindowState; decision: RateLimitDecision } {
  const windowStart = Math.floor(now / windowMs) * windowMs
  let current = 0
  let previous = 0
  if (state) {
    if (state.windowStart === windowStart) {
      current = state.current
      previous = state.previous
    } else if (state.windowStart === windowStart - windowMs) {
      previous = state.current
    }
  }
  const elapsed = (now - windowStart) / windowMs
  const weighted = previous * (1 - elapsed) + current
  const reset = Math.ceil((windowStart + windowMs - now) / 1000)
  if (weighted + 1 > limit) {
    // Room appears once the previous window's weight has decayed enough, or the window rolls.
    const needed = weighted + 1 - limit
    const decayMs = previous > 0 ? (needed / previous) * windowMs : windowStart + windowMs - now
    const retryAfter = Math.max(1, Math.ceil(Math.min(decayMs, windowStart + windowMs - now) / 1000))
    return {
      state: { windowStart, current, previous },
      decision: { allowed: false, limit, remaining: 0, retryAfter, reset },
    }
  }
  const next = { windowStart, current: current + 1, previous }
  const remaining = Math.max(0, Math.floor(limit - (weighted + 1)))
  return { state: next, decision: { allowed: true, limit, remaining, retryAfter: 0, reset } }
}
