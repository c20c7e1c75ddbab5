import { describe, expect, it } from 'vitest'
import { consume, type WindowState } from '../../durable-objects/tenant-hub/rate-limit.ts'

const WINDOW = 60_000

function run(times: number[], limit: number) {
  let state: WindowState | undefined
  return times.map((now) => {
    const result = consume(state, now, limit, WINDOW)
    state = result.state
    return result.decision
  })
}

describe('sliding window', () => {
  it('allows up to the limit in a window, then refuses with a retry time', () => {
    const decisions = run([0, 1000, 2000, 3000], 3)
    expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, false])
    expect(decisions.map((d) => d.remaining)).toEqual([2, 1, 0, 0])
    expect(decisions[3]!.retryAfter).toBeGreaterThan(0)
    expect(decisions[3]!.retryAfter).toBeLessThanOrEqual(57)
  })

  it('weights the previous window by its overlap', () => {
    // Three at the end of window 0; a quarter into window 1, 75% of them still count.
    const decisions = run([59_000, 59_100, 59_200, 75_000], 3)
    expect(decisions[3]!.allowed).toBe(false)
    // Most of the way through window 1 they have decayed.
    expect(run([59_000, 59_100, 59_200, 110_000], 3)[3]!.allowed).toBe(true)
  })

  it('forgets everything after two quiet windows', () => {
    expect(run([0, 1, 2, 130_000], 3)[3]).toMatchObject({ allowed: true, remaining: 2 })
  })

  it('does not count refused requests', () => {
    let state: WindowState | undefined
    for (let i = 0; i < 10; i++) state = consume(state, i, 2, WINDOW).state
    expect(state?.current).toBe(2)
  })
})
