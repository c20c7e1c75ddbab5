import { useCallback, useEffect, useState } from 'react'
import { isUnauthorized } from '../../api/client.ts'
import { messageOf } from '../../app/useSession.ts'
import { getRecomputeStatus, type RecomputeStatus, startRecompute } from './scoring-api.ts'

const POLL_MS = 1500
const count = (n: number) => n.toLocaleString()

function progressText(status: RecomputeStatus | null): string {
  if (!status) return ''
  switch (status.state) {
    case 'idle':
      return 'Scores are recomputed every night and after each new lead.'
    case 'queued':
      return `Recompute queued for ${count(status.total)} contacts…`
    case 'running':
      return `Scored ${count(status.processed)} of ${count(status.total)} contacts…`
    case 'done':
      return `Recomputed ${count(status.total)} contacts${status.finishedAt ? ` on ${new Date(status.finishedAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}` : ''}.`
  }
}

/** "Recompute now", and the run's progress read out as it moves (polled while it runs). */
export function RecomputePanel({ onSessionExpired }: { onSessionExpired: () => void }) {
  const [status, setStatus] = useState<RecomputeStatus | null>(null)
  const [error, setError] = useState('')
  const [starting, setStarting] = useState(false)
  const running = status?.state === 'queued' || status?.state === 'running'

  const fail = useCallback(
    (cause: unknown) => {
      if (isUnauthorized(cause)) onSessionExpired()
      else setError(messageOf(cause))
    },
    [onSessionExpired],
  )

  useEffect(() => {
    const controller = new AbortController()
    getRecomputeStatus(controller.signal).then(setStatus, (cause: unknown) => {
      if (!controller.signal.aborted) fail(cause)
    })
    return () => controller.abort()
  }, [fail])

  useEffect(() => {
    if (!running) return
    const timer = window.setInterval(() => {
      getRecomputeStatus().then(setStatus, fail)
    }, POLL_MS)
    return () => window.clearInterval(timer)
  }, [running, fail])

  async function start() {
    if (starting || running) return
    setStarting(true)
    setError('')
    try {
      setStatus(await startRecompute())
    } catch (cause) {
      fail(cause)
    } finally {
      setStarting(false)
    }
  }

  return (
    <section className="scoring-recompute" aria-label="Recompute scores">
      <button
        type="button"
        className="button"
        onClick={() => void start()}
        aria-disabled={starting || running}
      >
        Recompute now
      </button>
      {running && status && status.total > 0 && (
        <progress max={status.total} value={status.processed} aria-label="Contacts scored" />
      )}
      <p role="status" className="muted">
        {progressText(status)}
      </p>
      {error && (
        <p role="alert" className="notice notice--error">
          {error}
        </p>
      )}
    </section>
  )
}
