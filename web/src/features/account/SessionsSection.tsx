import { useId, useRef, useState } from 'react'
import { isUnauthorized } from '../../api/client.ts'
import { ActionOutcome, LoadError } from '../../app/components/Notices.tsx'
import { useResource } from '../../app/useResource.ts'
import { messageOf } from '../../app/useSession.ts'
import { listSessions, revokeSession, type SessionInfo, signOutOtherSessions } from './account-api.ts'
import { deviceOf, methodOf, placeOf, when } from './session-format.ts'

const fetchSessions = (signal?: AbortSignal) => listSessions(signal).then((list) => list.sessions)

/** Where the account is signed in, with a way to end any other session or all of them. */
export function SessionsSection({ onSessionExpired }: { onSessionExpired: () => void }) {
  const {
    data: sessions,
    setData: setSessions,
    error: loadError,
    reload,
  } = useResource(fetchSessions, onSessionExpired)
  const [actionError, setActionError] = useState('')
  const [status, setStatus] = useState('')
  const [pending, setPending] = useState<string | null>(null)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const id = useId()

  async function act(key: string, action: () => Promise<string>) {
    if (pending) return
    setPending(key)
    setActionError('')
    try {
      setStatus(await action())
      // The focused button is gone with its row; the heading is the next sensible place.
      headingRef.current?.focus()
    } catch (error) {
      if (isUnauthorized(error)) onSessionExpired()
      else setActionError(messageOf(error))
    } finally {
      setPending(null)
    }
  }

  const signOutOne = (session: SessionInfo) =>
    act(session.id, async () => {
      await revokeSession(session.id)
      setSessions((list) => list?.filter((s) => s.id !== session.id) ?? null)
      return `Signed out ${deviceOf(session)}.`
    })

  const signOutOthers = () =>
    act('others', async () => {
      const { revoked } = await signOutOtherSessions()
      setSessions((list) => list?.filter((s) => s.current) ?? null)
      return revoked === 1 ? 'Signed out 1 other session.' : `Signed out ${revoked} other sessions.`
    })

  const others = sessions?.filter((s) => !s.current).length ?? 0

  return (
    <section aria-labelledby={`${id}-title`}>
      <div className="page-header section-header">
        <h2 id={`${id}-title`} ref={headingRef} tabIndex={-1} className="section-title">
          Where you are signed in
        </h2>
        {others > 0 && (
          <button type="button" className="button" onClick={signOutOthers} aria-disabled={pending !== null}>
            Sign out everywhere else
          </button>
        )}
      </div>
      <ActionOutcome status={status} error={actionError} />
      {loadError && <LoadError onRetry={reload}>Could not load your sessions. {loadError}</LoadError>}
      {sessions === null && !loadError && <p className="muted">Loading sessions…</p>}
      {sessions && (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
        <section className="table-scroll" aria-labelledby={`${id}-caption`} tabIndex={0}>
          <table className="data-table sessions-table">
            <caption id={`${id}-caption`}>Signed-in browsers and apps, most recently used first</caption>
            <thead>
              <tr>
                <th scope="col">Device</th>
                <th scope="col">Where</th>
                <th scope="col">Signed in with</th>
                <th scope="col">Signed in</th>
                <th scope="col">Last active</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {sessions.map((session) => (
                <tr key={session.id}>
                  <th scope="row">
                    {deviceOf(session)}
                    {session.userAgent && <span className="cell-agent muted">{session.userAgent}</span>}
                  </th>
                  <td className="cell-wrap">{placeOf(session)}</td>
                  <td>{methodOf(session.method)}</td>
                  <td className="nowrap">
                    <time dateTime={session.createdAt}>{when(session.createdAt)}</time>
                  </td>
                  <td className="nowrap">
                    <time dateTime={session.lastUsedAt}>{when(session.lastUsedAt)}</time>
                  </td>
                  <td>
                    {session.current ? (
                      <span className="badge">This browser</span>
                    ) : (
                      <button
                        type="button"
                        className="button button--quiet"
                        onClick={() => signOutOne(session)}
                        aria-disabled={pending !== null}
                      >
                        Sign out
                        <span className="visually-hidden">
                          {` ${deviceOf(session)}, last active ${when(session.lastUsedAt)}`}
                        </span>
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </section>
  )
}
