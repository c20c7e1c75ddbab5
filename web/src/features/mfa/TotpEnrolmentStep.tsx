import { useEffect, useId, useRef } from 'react'
import { CodeForm } from './CodeForm.tsx'
import { confirmTotpEnrolment, type TotpEnrolment } from './mfa-api.ts'

/** Scan (or type) the secret, then prove the app has it with its current code. */
export function TotpEnrolmentStep({
  enrolment,
  onConfirmed,
  onCancel,
  onSessionExpired,
}: {
  enrolment: TotpEnrolment
  onConfirmed: (recoveryCodes: string[]) => void
  onCancel: () => void
  onSessionExpired: () => void
}) {
  const headingRef = useRef<HTMLHeadingElement>(null)
  const id = useId()
  useEffect(() => headingRef.current?.focus(), [])

  // Our own SVG, shown as an image: nothing in it can run or reach the page.
  const qrSrc = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(enrolment.qrSvg)}`
  const grouped = enrolment.secret.match(/.{1,4}/g)?.join(' ') ?? enrolment.secret

  return (
    <section className="totp-enrolment" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} ref={headingRef} tabIndex={-1}>
        Set up your authenticator app
      </h3>
      <ol className="totp-enrolment__steps">
        <li>
          <p>Scan this QR code with an authenticator app (1Password, Google Authenticator, Authy…).</p>
          <img
            className="totp-enrolment__qr"
            src={qrSrc}
            width={200}
            height={200}
            alt="QR code for your authenticator app. If you cannot scan it, type the setup key below."
          />
          <p>
            Or type this setup key: <code className="totp-enrolment__secret">{grouped}</code>
          </p>
        </li>
        <li>
          <p>Enter the six-digit code the app now shows.</p>
          <CodeForm
            label="Code from the app"
            submitLabel="Turn on"
            onSubmit={async (code) => onConfirmed((await confirmTotpEnrolment(code)).recoveryCodes)}
            onCancel={onCancel}
            onSessionExpired={onSessionExpired}
          />
        </li>
      </ol>
    </section>
  )
}
