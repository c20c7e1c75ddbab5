import { useEffect, useRef, useState } from 'react'
import { ApiProblem, isUnauthorized } from '../../../api/client.ts'
import { getBatch, inProgress, type QrBatch } from './bulk-api.ts'

const POLL_MS = 1_000

/**
 * The batch just started, fetched again every second while it is queued or running. A failed
 * poll (the network, a restart) is retried on the next tick; a batch that is gone stops it.
 * `onSettled` hears once when the batch is done or failed.
 */
export function useBatchProgress(
  started: QrBatch | null,
  onUnauthorized: () => void,
  onSettled: (batch: QrBatch) => void,
): QrBatch | null {
  const [batch, setBatch] = useState(started)
  const settled = useRef(onSettled)
  settled.current = onSettled

  useEffect(() => {
    setBatch(started)
    if (started && !inProgress(started)) settled.current(started)
  }, [started])

  const id = batch?.id
  const running = batch ? inProgress(batch) : false
  useEffect(() => {
    if (!id || !running) return
    const controller = new AbortController()
    let timer: ReturnType<typeof setTimeout> | undefined
    const poll = () =>
      getBatch(id, controller.signal).then(
        (next) => {
          setBatch(next)
          if (inProgress(next)) timer = setTimeout(poll, POLL_MS)
          else settled.current(next)
        },
        (cause: unknown) => {
          if (controller.signal.aborted) return
          if (isUnauthorized(cause)) return onUnauthorized()
          if (cause instanceof ApiProblem && cause.status === 404) return
          timer = setTimeout(poll, POLL_MS)
        },
      )
    timer = setTimeout(poll, POLL_MS)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [id, running, onUnauthorized])

  return batch
}
