import { useEffect, useRef, useState } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { isUnauthorized } from '../../api/client.ts'
import { messageOf } from '../../app/useSession.ts'
import { undoChange } from './crm-bulk-api.ts'

export interface UndoOffer {
  crmUndoId: string
  /** What was done, said and shown: "Deleted 3 contacts." */
  message: string
  expiresAt: string
  /** After the change was undone, so lists can reload. */
  onUndone: () => void
  onUnauthorized: () => void
}

const clock = (ms: number) => {
  const s = Math.max(0, Math.ceil(ms / 1000))
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
}

function Toast({ offer, onClose }: { offer: UndoOffer; onClose: () => void }) {
  const [left, setLeft] = useState(() => Date.parse(offer.expiresAt) - Date.now())
  const [state, setState] = useState<'open' | 'undoing' | 'undone'>('open')
  const [error, setError] = useState('')
  const button = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    // The bar that offered the undo is gone with its selection: keep keyboard users' place here.
    if (document.activeElement === document.body || document.activeElement === null) button.current?.focus()
  }, [])

  useEffect(() => {
    const timer = setInterval(() => {
      const next = Date.parse(offer.expiresAt) - Date.now()
      setLeft(next)
      if (next <= 0) onClose()
    }, 1000)
    return () => clearInterval(timer)
  }, [offer.expiresAt, onClose])

  async function undo() {
    if (state !== 'open') return
    setState('undoing')
    setError('')
    try {
      await undoChange(offer.crmUndoId)
      setState('undone')
      offer.onUndone()
      setTimeout(onClose, 4000)
    } catch (cause) {
      setState('open')
      if (isUnauthorized(cause)) offer.onUnauthorized()
      else setError(`Could not undo. ${messageOf(cause)}`)
    }
  }

  return (
    <section className="undo-toast" aria-label="Undo the last change">
      <p role="status" className="undo-toast__message">
        {state === 'undone' ? 'Undone: everything is as it was.' : offer.message}
      </p>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      {state !== 'undone' && (
        <div className="undo-toast__actions">
          <button
            ref={button}
            type="button"
            className="button"
            aria-disabled={state === 'undoing'}
            aria-describedby="undo-toast-time"
            onClick={() => void undo()}
          >
            {state === 'undoing' ? 'Undoing…' : 'Undo'}
          </button>
          <span id="undo-toast-time" className="undo-toast__time">
            <span className="visually-hidden">Time left to undo: </span>
            <span className="undo-toast__clock">{clock(left)}</span>
          </span>
          <button type="button" className="button button--quiet" onClick={onClose}>
            Dismiss
          </button>
        </div>
      )}
    </section>
  )
}

// The toast outlives the bar that offered it (lists unmount the bar when the selection clears),
// so it is drawn in a root of its own at the end of the page; a new offer replaces the last.
let root: Root | null = null
let host: HTMLElement | null = null

function close() {
  root?.unmount()
  host?.remove()
  root = null
  host = null
}

/** Shows the undo toast for `offer` with its countdown until the undo window ends. */
export function offerUndo(offer: UndoOffer): void {
  close()
  host = document.createElement('div')
  host.className = 'undo-toast-host'
  document.body.append(host)
  root = createRoot(host)
  root.render(<Toast key={offer.crmUndoId} offer={offer} onClose={close} />)
}
