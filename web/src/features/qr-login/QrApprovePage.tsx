import { useEffect, useState } from 'react'
import type { Session } from '../../api/auth.ts'
import { ApiProblem } from '../../api/client.ts'
import { handleLinkClick, pathTo } from '../../app/router.ts'
import { HOME_ROUTE } from '../../app/routes.ts'
import { messageOf } from '../../app/useSession.ts'
import { decideQrLogin, getQrLogin, type QrLogin } from './qr-login.api.ts'
import { formatCountdown, useCountdown } from './useCountdown.ts'

type Load =
  | { status: 'loading' }
  | { status: 'ready'; login: QrLogin }
  | { status: 'missing' | 'error'; message: string }

const OUTCOME: Partial<Record<QrLogin['state'], string>> = {
  approved: 'Approved. The other device is signing in as you.',
  consumed: 'Done. The other device is signed in.',
  denied: 'Denied. Nobody was signed in.',
}

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' })

/** The phone's side of a QR sign-in: who is asking, and approve or deny. */
export function QrApprovePage({ loginId, session }: { loginId: string; session: Session }) {
  const [load, setLoad] = useState<Load>({ status: 'loading' })
  const [pending, setPending] = useState(false)
  const [error, setError] = useState('')
  const login = load.status === 'ready' ? load.login : null
  const seconds = useCountdown(login?.state === 'pending' ? login.expiresAt : null)
  const expired = login?.state === 'pending' && seconds === 0

  useEffect(() => {
    const controller = new AbortController()
    getQrLogin(loginId, controller.signal).then(
      (found) => setLoad({ status: 'ready', login: found }),
      (e: unknown) => {
        if (controller.signal.aborted) return
        const gone = e instanceof ApiProblem && (e.status === 404 || e.status === 400)
        setLoad({ status: gone ? 'missing' : 'error', message: messageOf(e) })
      },
    )
    return () => controller.abort()
  }, [loginId])

  async function decide(decision: 'approve' | 'deny') {
    if (pending || !login) return
    setPending(true)
    setError('')
    try {
      setLoad({ status: 'ready', login: await decideQrLogin(login.loginId, decision) })
    } catch (e) {
      setError(messageOf(e))
    } finally {
      setPending(false)
    }
  }

  return (
    <div className="qr-approve">
      <h1 tabIndex={-1}>Sign in on another device?</h1>
      {load.status === 'loading' && (
        <p className="muted" aria-busy="true">
          Loading the request…
        </p>
      )}
      {load.status === 'missing' && (
        <p className="notice notice--error" role="alert">
          This code has expired or was already used. Show a new code on the other device and scan it again.
        </p>
      )}
      {load.status === 'error' && (
        <p className="notice notice--error" role="alert">
          {load.message}
        </p>
      )}
      {login && (
        <>
          <p>
            A browser asks to be signed in to Vitrine as <strong>{session.user.email}</strong> in{' '}
            <strong>{session.tenant.name}</strong>. Approve only if it is yours and in front of you.
          </p>
          <dl className="qr-approve__details">
            <div>
              <dt>Browser</dt>
              <dd>{login.requester.browser}</dd>
            </div>
            <div>
              <dt>Place</dt>
              <dd>{login.requester.location ?? 'Unknown'}</dd>
            </div>
            <div>
              <dt>IP address</dt>
              <dd>{login.requester.ip ?? 'Unknown'}</dd>
            </div>
            <div>
              <dt>Asked at</dt>
              <dd>
                <time dateTime={login.createdAt}>{timeFormat.format(new Date(login.createdAt))}</time>
              </dd>
            </div>
          </dl>
          {login.state === 'pending' && !expired && (
            <>
              <p className="muted">
                Expires in <time dateTime={`PT${seconds}S`}>{formatCountdown(seconds)}</time>
              </p>
              <div className="qr-approve__actions">
                <button
                  type="button"
                  className="button button--primary"
                  onClick={() => decide('approve')}
                  aria-disabled={pending}
                >
                  Approve
                </button>
                <button
                  type="button"
                  className="button"
                  onClick={() => decide('deny')}
                  aria-disabled={pending}
                >
                  Deny
                </button>
              </div>
            </>
          )}
          <p role="status" className="qr-approve__outcome">
            {expired
              ? 'This code has expired. Show a new one on the other device.'
              : (OUTCOME[login.state] ?? '')}
          </p>
          <p role="alert" className="form-error">
            {error}
          </p>
          {login.state !== 'pending' && (
            <p>
              <a href={pathTo(HOME_ROUTE)} onClick={handleLinkClick}>
                Go to the dashboard
              </a>
            </p>
          )}
        </>
      )}
    </div>
  )
}
