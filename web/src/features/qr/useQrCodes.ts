import { useCallback, useEffect, useState } from 'react'
import { isUnauthorized } from '../../api/client.ts'
import { messageOf } from '../../app/useSession.ts'
import { listQrCodes, type QrCode, type QrCodeFilters } from './qr-api.ts'

type Phase = 'loading' | 'ready' | 'loading-more' | 'failed'

/** Pages of codes for one set of filters; new filters start over from the first page. */
export function useQrCodes(filters: QrCodeFilters, onUnauthorized: () => void) {
  const [codes, setCodes] = useState<QrCode[]>([])
  const [nextCursor, setNextCursor] = useState<string | null>(null)
  const [phase, setPhase] = useState<Phase>('loading')
  const [error, setError] = useState('')
  const [attempt, setAttempt] = useState(0)

  const fail = useCallback(
    (cause: unknown) => {
      if (isUnauthorized(cause)) onUnauthorized()
      else setError(messageOf(cause))
    },
    [onUnauthorized],
  )

  useEffect(() => {
    void attempt
    const controller = new AbortController()
    setPhase('loading')
    setError('')
    listQrCodes(filters, null, controller.signal).then(
      (page) => {
        setCodes(page.data)
        setNextCursor(page.nextCursor)
        setPhase('ready')
      },
      (cause: unknown) => {
        if (controller.signal.aborted) return
        fail(cause)
        setPhase('failed')
      },
    )
    return () => controller.abort()
  }, [filters, fail, attempt])

  const loadMore = useCallback(async () => {
    if (phase !== 'ready' || nextCursor === null) return
    setPhase('loading-more')
    setError('')
    try {
      const page = await listQrCodes(filters, nextCursor)
      setCodes((prev) => [...prev, ...page.data])
      setNextCursor(page.nextCursor)
    } catch (cause) {
      fail(cause)
    } finally {
      setPhase('ready')
    }
  }, [phase, nextCursor, filters, fail])

  const retry = useCallback(() => setAttempt((n) => n + 1), [])

  return { codes, nextCursor, phase, error, loadMore, retry }
}
