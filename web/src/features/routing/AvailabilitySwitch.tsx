import { useEffect, useId, useRef, useState } from 'react'
import { isUnauthorized } from '../../api/client.ts'
import { messageOf } from '../../app/useSession.ts'
import { type Availability, getMyAvailability, setMyAvailability } from './routing-api.ts'

/**
 * The header's switch between taking new leads and being away. Its words change with it
 * ("Available" / "Away"); to assistive technology it is a switch named for what it turns on.
 */
export function AvailabilitySwitch({ onSessionExpired }: { onSessionExpired: () => void }) {
  const [availability, setAvailability] = useState<Availability | null>(null)
  const [pending, setPending] = useState(false)
  const [message, setMessage] = useState('')
  const labelId = useId()
  // The shell hands a new callback on every render; the switch loads once per mount.
  const expired = useRef(onSessionExpired)
  expired.current = onSessionExpired

  useEffect(() => {
    const controller = new AbortController()
    getMyAvailability(controller.signal).then(setAvailability, (cause: unknown) => {
      if (!controller.signal.aborted && isUnauthorized(cause)) expired.current()
    })
    return () => controller.abort()
  }, [])

  if (!availability) return null
  const available = availability.status === 'available'

  async function flip() {
    if (pending) return
    setPending(true)
    setMessage('')
    try {
      const next = await setMyAvailability({ status: available ? 'away' : 'available' })
      setAvailability(next)
      setMessage(
        next.status === 'available'
          ? 'You are available for new leads.'
          : 'You are away: new leads go to others.',
      )
    } catch (cause) {
      if (isUnauthorized(cause)) onSessionExpired()
      else setMessage(`Could not change your availability: ${messageOf(cause)}`)
    } finally {
      setPending(false)
    }
  }

  return (
    <div className="availability-switch">
      <span id={labelId} className="visually-hidden">
        Available for new leads
      </span>
      <button
        type="button"
        role="switch"
        className="button button--quiet availability-switch__button"
        aria-checked={available}
        aria-labelledby={labelId}
        aria-disabled={pending}
        onClick={flip}
        title={
          available ? 'You take new leads; press to go away' : 'New leads go to others; press to be available'
        }
      >
        <span className="availability-switch__dot" data-status={availability.status} aria-hidden="true" />
        {available ? 'Available' : 'Away'}
      </button>
      <p role="status" className="visually-hidden">
        {message}
      </p>
    </div>
  )
}
