import { useId, useMemo } from 'react'
import type { Session } from '../../api/auth.ts'
import { formatCountdown, useCountdown } from './useCountdown.ts'
import { type QrLoginState, useQrLogin } from './useQrLogin.ts'

// On a phone-sized screen a code to scan with another phone is rarely wanted: it waits for a click.
const WIDE_SCREEN = '(min-width: 48rem)'

const ENDED: Record<Extract<QrLoginState, { phase: 'ended' }>['reason'], string> = {
  expired: 'This code has expired.',
  denied: 'The sign-in was denied on the phone.',
  consumed: 'This code has already been used.',
  failed: 'Could not sign in with a QR code.',
}

function statusOf(state: QrLoginState): string {
  switch (state.phase) {
    case 'idle':
      return ''
    case 'starting':
      return 'Preparing a QR code…'
    case 'waiting':
      return 'Waiting for your phone to approve.'
    case 'signing-in':
      return 'Approved on your phone. Signing you in…'
    case 'ended':
      return state.message ? `${ENDED[state.reason]} ${state.message}` : ENDED[state.reason]
  }
}

/** The desktop's way in without typing a password: a QR code that a signed-in phone approves. */
export function QrLoginPanel({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
  const autoStart = useMemo(() => window.matchMedia(WIDE_SCREEN).matches, [])
  const { state, start } = useQrLogin(onSignedIn, autoStart)
  const started = state.phase === 'waiting' || state.phase === 'signing-in' ? state.started : null
  const seconds = useCountdown(started?.expiresAt ?? null)
  const imageUrl = useMemo(
    () => (started ? `data:image/svg+xml;charset=utf-8,${encodeURIComponent(started.qrSvg)}` : null),
    [started],
  )
  const id = useId()

  return (
    <section className="qr-login" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Sign in with your phone</h2>
      <p className="muted">
        Scan the code with a phone that is signed in to Vitrine, check the details it shows, and approve.
      </p>
      {started && imageUrl && (
        <figure className="qr-login__code" aria-busy={state.phase === 'signing-in'}>
          <img src={imageUrl} alt="QR code to sign in with your phone" width={208} height={208} />
          <figcaption>
            Expires in <time dateTime={`PT${seconds}S`}>{formatCountdown(seconds)}</time>
          </figcaption>
        </figure>
      )}
      {started && (
        <p className="qr-login__url">
          Or open <span data-approve-url={started.approveUrl}>{started.approveUrl}</span> on your phone.
        </p>
      )}
      <p role="status" className="qr-login__status">
        {statusOf(state)}
      </p>
      {(state.phase === 'idle' || state.phase === 'ended') && (
        <button type="button" className="button" onClick={start}>
          {state.phase === 'idle' ? 'Show a QR code' : 'Show a new code'}
        </button>
      )}
    </section>
  )
}
