import { useEffect, useState } from 'react'
import { isUnauthorized } from '../../api/client.ts'
import { type AnalyticsParams, getLive } from './analytics-api.ts'
import { plural } from './analytics-format.ts'

const POLL_MS = 15_000

/**
 * Visitors in the last five minutes, asked again every 15 seconds while the tab is visible.
 * The live region is polite and its text only changes when the number does, so a screen reader
 * hears a change, not every poll.
 */
export function LiveVisitors({
  params,
  onSessionExpired,
}: {
  params: AnalyticsParams
  onSessionExpired: () => void
}) {
  const [visitors, setVisitors] = useState<number | null>(null)
  const [minutes, setMinutes] = useState(5)
  const [failed, setFailed] = useState(false)
  const scopeKey = `${params.brandId ?? ''}:${params.branchId ?? ''}`

  // biome-ignore lint/correctness/useExhaustiveDependencies: only the scope matters to the live count
  useEffect(() => {
    let controller: AbortController | null = null
    let timer: ReturnType<typeof setTimeout> | undefined
    setVisitors(null)
    const poll = () => {
      if (document.visibilityState === 'hidden') return
      controller?.abort()
      controller = new AbortController()
      getLive(params, controller.signal).then(
        (live) => {
          setVisitors(live.visitors)
          setMinutes(Math.max(1, Math.round(live.windowSeconds / 60)))
          setFailed(false)
        },
        (cause: unknown) => {
          if (controller?.signal.aborted) return
          if (isUnauthorized(cause)) return onSessionExpired()
          setFailed(true)
        },
      )
    }
    const schedule = () => {
      timer = setTimeout(() => {
        poll()
        schedule()
      }, POLL_MS)
    }
    const onVisible = () => {
      if (document.visibilityState === 'visible') poll()
    }
    poll()
    schedule()
    document.addEventListener('visibilitychange', onVisible)
    return () => {
      clearTimeout(timer)
      controller?.abort()
      document.removeEventListener('visibilitychange', onVisible)
    }
  }, [scopeKey])

  const text =
    visitors === null
      ? failed
        ? 'The live count is not available right now.'
        : 'Counting visitors on your pages now…'
      : `${plural(visitors, 'visitor')} in the last ${minutes} minutes`
  return (
    <p className="an-live" data-live={visitors !== null && visitors > 0 ? 'active' : undefined}>
      <span className="an-live__dot" aria-hidden="true" />
      <span aria-live="polite" aria-atomic="true">
        {text}
      </span>
    </p>
  )
}
