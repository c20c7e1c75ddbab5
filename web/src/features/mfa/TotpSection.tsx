import { useId, useRef, useState } from 'react'
import { isUnauthorized } from '../../api/client.ts'
import { messageOf } from '../../app/useSession.ts'
import { CodeForm } from './CodeForm.tsx'
import { disableTotp, regenerateRecoveryCodes, startTotpEnrolment, type TotpEnrolment } from './mfa-api.ts'
import { RecoveryCodesReveal } from './RecoveryCodesReveal.tsx'
import { TotpEnrolmentStep } from './TotpEnrolmentStep.tsx'

type View =
  | { kind: 'overview' }
  | { kind: 'enrolling'; enrolment: TotpEnrolment }
  | { kind: 'codes'; codes: string[] }
  | { kind: 'disabling'; proof: 'code' | 'password' }
  | { kind: 'regenerating' }

export interface MfaSectionProps {
  /** Called after a change to the account's second factors, so the session is read again. */
  onChanged: () => Promise<void>
  onSessionExpired: () => void
}

/** Two-step verification with an authenticator app: set up, recovery codes, turn off. */
export function TotpSection({
  enabled,
  onChanged,
  onSessionExpired,
}: MfaSectionProps & { enabled: boolean }) {
  const [view, setView] = useState<View>({ kind: 'overview' })
  const [status, setStatus] = useState('')
  const [error, setError] = useState('')
  const [pending, setPending] = useState(false)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const id = useId()

  function backToOverview(message = '') {
    setView({ kind: 'overview' })
    setStatus(message)
    headingRef.current?.focus()
  }

  async function start() {
    if (pending) return
    setPending(true)
    setError('')
    setStatus('')
    try {
      setView({ kind: 'enrolling', enrolment: await startTotpEnrolment() })
    } catch (e) {
      if (isUnauthorized(e)) onSessionExpired()
      else setError(messageOf(e))
    } finally {
      setPending(false)
    }
  }

  async function confirmed(codes: string[]) {
    setView({ kind: 'codes', codes })
    await onChanged()
  }

  async function disable(value: string, proof: 'code' | 'password') {
    await disableTotp(proof === 'code' ? { code: value } : { password: value })
    await onChanged()
    backToOverview('Two-step verification with an authenticator app is off.')
  }

  return (
    <section className="mfa-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={headingRef} tabIndex={-1} className="section-title">
        Authenticator app
      </h2>
      <p role="status" className={status ? 'notice' : 'visually-hidden'}>
        {status}
      </p>
      {error && (
        <p role="alert" className="notice notice--error">
          {error}
        </p>
      )}
      {view.kind === 'overview' && (
        <>
          <p>
            {enabled ? (
              <>
                <span className="badge">On</span> Signing in asks for a code from your authenticator app after
                your password.
              </>
            ) : (
              'Add a second step to signing in: a six-digit code from an app on your phone.'
            )}
          </p>
          <div className="button-row">
            {enabled ? (
              <>
                <button type="button" className="button" onClick={() => setView({ kind: 'regenerating' })}>
                  New recovery codes
                </button>
                <button
                  type="button"
                  className="button button--danger"
                  onClick={() => setView({ kind: 'disabling', proof: 'code' })}
                >
                  Turn off
                </button>
              </>
            ) : (
              <button
                type="button"
                className="button button--primary"
                onClick={start}
                aria-disabled={pending}
              >
                Set up an authenticator app
              </button>
            )}
          </div>
        </>
      )}
      {view.kind === 'enrolling' && (
        <TotpEnrolmentStep
          enrolment={view.enrolment}
          onConfirmed={confirmed}
          onCancel={() => backToOverview()}
          onSessionExpired={onSessionExpired}
        />
      )}
      {view.kind === 'codes' && (
        <RecoveryCodesReveal
          codes={view.codes}
          onDone={() => backToOverview('Two-step verification is on. Keep your recovery codes safe.')}
        />
      )}
      {view.kind === 'regenerating' && (
        <CodeForm
          label="Code from your authenticator app"
          hint="Your current recovery codes stop working and ten new ones are shown."
          submitLabel="Make new recovery codes"
          onSubmit={async (code) =>
            setView({ kind: 'codes', codes: (await regenerateRecoveryCodes(code)).recoveryCodes })
          }
          onCancel={() => backToOverview()}
          onSessionExpired={onSessionExpired}
        />
      )}
      {view.kind === 'disabling' && (
        <CodeForm
          key={view.proof}
          kind={view.proof}
          label={view.proof === 'code' ? 'Code from your authenticator app' : 'Your password'}
          hint="Turning it off also deletes your recovery codes. Your passkeys stay."
          submitLabel="Turn off"
          onSubmit={(value) => disable(value, view.proof)}
          onCancel={() => backToOverview()}
          onSessionExpired={onSessionExpired}
        >
          <button
            type="button"
            className="button button--quiet"
            onClick={() => setView({ kind: 'disabling', proof: view.proof === 'code' ? 'password' : 'code' })}
          >
            {view.proof === 'code' ? 'Use my password instead' : 'Use a code instead'}
          </button>
        </CodeForm>
      )}
    </section>
  )
}
