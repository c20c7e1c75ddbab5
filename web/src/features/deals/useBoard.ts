import { useCallback, useEffect, useRef, useState } from 'react'
import { isUnauthorized } from '../../api/client.ts'
import { messageOf } from '../../app/useSession.ts'
import { useTenantEvents } from '../../realtime/useTenantEvents.ts'
import { showsVersion } from './board-state.ts'
import { type Board, getBoard } from './deals-api.ts'

export const CARDS_PER_COLUMN = 50

/**
 * A pipeline's board, kept current: loaded when the pipeline or the number of cards shown
 * changes, and reloaded (debounced) when a `crm.deal` event says a deal of this pipeline
 * changed in a way the board does not show yet. While `held()` (a card is being moved or
 * saved) reloads wait, so a live update never yanks a card out of someone's hand.
 */
export function useBoard(pipelineId: string | null, onSessionExpired: () => void, held: () => boolean) {
  const [board, setBoard] = useState<Board | null>(null)
  const [error, setError] = useState('')
  const [limit, setLimit] = useState(CARDS_PER_COLUMN)
  const [generation, setGeneration] = useState(0)
  const boardRef = useRef<Board | null>(null)
  boardRef.current = board
  const waiting = useRef(false)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)

  // biome-ignore lint/correctness/useExhaustiveDependencies: `generation` asks for a fresh load
  useEffect(() => {
    if (!pipelineId) return
    const controller = new AbortController()
    setError('')
    getBoard(pipelineId, limit, controller.signal).then(
      (next) => {
        // A card in someone's hand stays there: the fresh board waits (is fetched again) until it lands.
        if (held()) waiting.current = true
        else setBoard(next)
      },
      (cause: unknown) => {
        if (controller.signal.aborted) return
        if (isUnauthorized(cause)) onSessionExpired()
        else setError(messageOf(cause))
      },
    )
    return () => controller.abort()
  }, [pipelineId, limit, generation, onSessionExpired, held])

  const reload = useCallback(() => {
    clearTimeout(timer.current)
    if (held()) {
      waiting.current = true
      return
    }
    waiting.current = false
    setGeneration((g) => g + 1)
  }, [held])

  /** Called when a move settles (or a carried card is put back): a reload that waited runs now. */
  const release = useCallback(() => {
    if (waiting.current) reload()
  }, [reload])

  useEffect(() => () => clearTimeout(timer.current), [])

  useTenantEvents((message) => {
    if (message.type !== 'crm.deal' || message.deal.pipelineId !== pipelineId) return
    const current = boardRef.current
    if (current && message.change !== 'deleted' && showsVersion(current, message.deal)) return
    clearTimeout(timer.current)
    timer.current = setTimeout(reload, 300)
  })

  return {
    board,
    setBoard,
    error,
    reload,
    release,
    limit,
    showMore: () => setLimit((n) => n + CARDS_PER_COLUMN),
  }
}
