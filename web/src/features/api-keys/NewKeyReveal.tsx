import { useEffect, useId, useRef, useState } from 'react'
import type { CreatedApiKey } from './api-keys-api.ts'

/** The one moment the secret exists on screen: copy it, then it is gone for good. */
export function NewKeyReveal({ created, onDone }: { created: CreatedApiKey; onDone: () => void }) {
  const [copied, setCopied] = useState<'' | 'copied' | 'failed'>('')
  const headingRef = useRef<HTMLHeadingElement>(null)
  const inputRef = useRef<HTMLInputElement>(null)
  const id = useId()

  useEffect(() => headingRef.current?.focus(), [])

  async function copy() {
    try {
      await navigator.clipboard.writeText(created.key)
      setCopied('copied')
    } catch {
      // Without clipboard access (an insecure origin, a denied permission) select it for Ctrl+C.
      inputRef.current?.select()
      setCopied('failed')
    }
  }

  return (
    <section className="key-reveal" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={headingRef} tabIndex={-1}>
        Key “{created.name}” created
      </h2>
      <p className="key-reveal__warning" id={`${id}-warning`}>
        <strong>Copy this key now.</strong> This is the only time it is shown: Vitrine keeps only a
        fingerprint of it. If you lose it, revoke it and create another.
      </p>
      <div className="field">
        <label htmlFor={`${id}-key`}>Your new API key</label>
        <div className="key-reveal__row">
          <input
            id={`${id}-key`}
            ref={inputRef}
            className="key-reveal__key"
            readOnly
            value={created.key}
            spellCheck={false}
            autoComplete="off"
            aria-describedby={`${id}-warning`}
            onFocus={(e) => e.currentTarget.select()}
          />
          <button type="button" className="button" onClick={copy}>
            Copy
          </button>
        </div>
      </div>
      <p role="status" className="muted">
        {copied === 'copied' && 'Copied to the clipboard.'}
        {copied === 'failed' && 'Could not copy automatically; the key is selected, press Ctrl+C or ⌘C.'}
      </p>
      <p className="muted">
        Send it as <code>Authorization: Bearer {created.prefix}…</code>
      </p>
      <button type="button" className="button button--primary" onClick={onDone}>
        I have stored the key
      </button>
    </section>
  )
}
