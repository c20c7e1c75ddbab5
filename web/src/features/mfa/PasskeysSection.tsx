import { browserSupportsWebAuthn } from '@simplewebauthn/browser'
import { type FormEvent, useCallback, useEffect, useId, useRef, useState } from 'react'
import { isUnauthorized } from '../../api/client.ts'
import { messageOf } from '../../app/useSession.ts'
import { addPasskey, listPasskeys, type Passkey, passkeyMessageOf, removePasskey } from './mfa-api.ts'
import type { MfaSectionProps } from './TotpSection.tsx'

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' })
const dateOf = (iso: string) => dateFormat.format(new Date(iso))

/** Passkeys: sign in with the device's lock (fingerprint, face, PIN) instead of a password or a code. */
export function PasskeysSection({ onChanged, onSessionExpired }: MfaSectionProps) {
  const [passkeys, setPasskeys] = useState<Passkey[] | null>(null)
  const [name, setName] = useState('')
  const [pending, setPending] = useState<string | null>(null)
  const [status, setStatus] = useState('')
  const [error, setError] = useState('')
  const headingRef = useRef<HTMLHeadingElement>(null)
  const supported = browserSupportsWebAuthn()
  const id = useId()

  const load = useCallback(
    (signal?: AbortSignal) =>
      listPasskeys(signal).then(
        (list) => setPasskeys(list.data),
        (e: unknown) => {
          if (signal?.aborted) return
          if (isUnauthorized(e)) onSessionExpired()
          else setError(`Could not load your passkeys. ${messageOf(e)}`)
        },
      ),
    [onSessionExpired],
  )

  useEffect(() => {
    const controller = new AbortController()
    load(controller.signal)
    return () => controller.abort()
  }, [load])

  async function act(key: string, action: () => Promise<string>) {
    if (pending) return
    setPending(key)
    setError('')
    setStatus('')
    try {
      setStatus(await action())
      await load()
      await onChanged()
    } catch (e) {
      if (isUnauthorized(e)) onSessionExpired()
      else setError(passkeyMessageOf(e))
    } finally {
      setPending(null)
    }
  }

  function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    act('add', async () => {
      const added = await addPasskey(name)
      setName('')
      return `Passkey “${added.name}” added. You can now sign in with it.`
    })
  }

  const remove = (passkey: Passkey) =>
    act(passkey.id, async () => {
      await removePasskey(passkey.id)
      headingRef.current?.focus()
      return `Passkey “${passkey.name}” removed.`
    })

  return (
    <section className="mfa-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={headingRef} tabIndex={-1} className="section-title">
        Passkeys
      </h2>
      <p>
        A passkey signs you in with this device’s screen lock or a security key: no password to type, and
        nothing a fake site can steal. It also works as the second step after your password.
      </p>
      <p role="status" className={status ? 'notice' : 'visually-hidden'}>
        {status}
      </p>
      {error && (
        <p role="alert" className="notice notice--error">
          {error}
        </p>
      )}
      {passkeys === null && !error && <p className="muted">Loading passkeys…</p>}
      {passkeys && passkeys.length === 0 && <p className="muted">You have no passkeys yet.</p>}
      {passkeys && passkeys.length > 0 && (
        <ul className="passkey-list plain-list" aria-label="Your passkeys">
          {passkeys.map((passkey) => (
            <li key={passkey.id} className="passkey-list__item">
              <div>
                <strong>{passkey.name}</strong>
                {passkey.backedUp && <span className="badge badge--muted">Synced</span>}
                <p className="muted">
                  Added {dateOf(passkey.createdAt)}
                  {passkey.lastUsedAt ? ` · last used ${dateOf(passkey.lastUsedAt)}` : ' · not used yet'}
                </p>
              </div>
              <button
                type="button"
                className="button button--quiet"
                onClick={() => remove(passkey)}
                aria-disabled={pending !== null}
              >
                Remove<span className="visually-hidden"> passkey {passkey.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {supported ? (
        <form className="form form--section" onSubmit={add} aria-busy={pending === 'add'}>
          <div className="field">
            <label htmlFor={`${id}-name`}>Name for the new passkey (optional)</label>
            <input
              id={`${id}-name`}
              name="passkeyName"
              value={name}
              maxLength={60}
              placeholder="Work laptop"
              autoComplete="off"
              onChange={(e) => setName(e.target.value)}
            />
          </div>
          <div>
            <button type="submit" className="button button--primary" aria-disabled={pending !== null}>
              Add a passkey
            </button>
          </div>
        </form>
      ) : (
        <p className="notice">
          This browser cannot create passkeys. Try a recent Chrome, Edge, Firefox or Safari.
        </p>
      )}
    </section>
  )
}
