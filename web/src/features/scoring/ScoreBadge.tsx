import { useEffect, useId, useRef, useState } from 'react'
import type { ScoreReason } from '../../../../worker/modules/crm/contacts/contacts.tables.ts'

export type { ScoreReason }

export type ScoreBand = 'cold' | 'warm' | 'hot'

/** The band a score falls in; shown as a word as well as a colour, so colour is never the only cue. */
export function scoreBand(score: number): ScoreBand {
  if (score >= 70) return 'hot'
  if (score >= 30) return 'warm'
  return 'cold'
}

const BAND_LABEL: Record<ScoreBand, string> = { cold: 'Cold', warm: 'Warm', hot: 'Hot' }

const signed = (points: number) => (points > 0 ? `+${points}` : points < 0 ? `−${-points}` : '0')

interface ScoreBadgeProps {
  score: number
  reasons: readonly ScoreReason[]
  /** When the score was last computed (ISO); null before the first run. */
  scoredAt?: string | null
}

/**
 * A contact's lead score (0–100) with its band, and a button that opens why: each rule that
 * added or took points. Escape or a click elsewhere closes the list and focus returns to the button.
 */
export function ScoreBadge({ score, reasons, scoredAt }: ScoreBadgeProps) {
  const id = useId()
  const [open, setOpen] = useState(false)
  const rootRef = useRef<HTMLDivElement>(null)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const band = scoreBand(score)

  useEffect(() => {
    if (!open) return
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false)
    }
    document.addEventListener('pointerdown', onPointerDown)
    return () => document.removeEventListener('pointerdown', onPointerDown)
  }, [open])

  const close = () => {
    setOpen(false)
    buttonRef.current?.focus()
  }

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape closes the reasons from the button or inside them
    <div
      ref={rootRef}
      className="score-badge"
      onKeyDown={(event) => {
        if (open && event.key === 'Escape') {
          event.stopPropagation()
          close()
        }
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="score-badge__button"
        data-band={band}
        aria-expanded={open}
        aria-controls={`${id}-reasons`}
        onClick={() => (open ? close() : setOpen(true))}
      >
        <span className="visually-hidden">Lead score </span>
        <span className="score-badge__value">{score}</span>
        <span className="visually-hidden"> of 100, </span>
        <span className="score-badge__band">{BAND_LABEL[band]}</span>
        <span className="visually-hidden">. Why?</span>
      </button>
      {open && (
        // biome-ignore lint/a11y/useSemanticElements: a group of reasons, not of form controls, so not a fieldset
        <div id={`${id}-reasons`} className="score-badge__panel" role="group" aria-label="Why this score">
          {reasons.length === 0 ? (
            <span className="muted">
              {scoredAt ? 'No scoring rule matches this contact.' : 'Not scored yet.'}
            </span>
          ) : (
            <ul className="score-badge__reasons">
              {reasons.map((reason) => (
                <li key={reason.ruleId}>
                  <span className="score-badge__points" data-sign={reason.points < 0 ? 'minus' : 'plus'}>
                    {signed(reason.points)}
                  </span>{' '}
                  {reason.label}
                </li>
              ))}
            </ul>
          )}
          {scoredAt && (
            <span className="score-badge__when muted">
              Scored{' '}
              {new Date(scoredAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}
            </span>
          )}
        </div>
      )}
    </div>
  )
}
