import { useEffect, useId, useRef, useState } from 'react'

/** The one moment recovery codes exist on screen: copy or download them, then they are gone. */
export function RecoveryCodesReveal({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const [status, setStatus] = useState('')
  const headingRef = useRef<HTMLHeadingElement>(null)
  const id = useId()

  useEffect(() => headingRef.current?.focus(), [])

  const text = [
    'Vitrine recovery codes',
    'Each code signs you in once when you cannot use your authenticator app.',
    '',
    ...codes,
    '',
  ].join('\n')

  async function copy() {
    try {
      await navigator.clipboard.writeText(text)
      setStatus('Copied to the clipboard.')
    } catch {
      setStatus('Could not copy automatically; select the codes and copy them, or download them.')
    }
  }

  function download() {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }))
    const link = document.createElement('a')
    link.href = url
    link.download = 'vitrine-recovery-codes.txt'
    link.click()
    // The click has started the download; the URL is not needed afterwards.
    setTimeout(() => URL.revokeObjectURL(url), 0)
    setStatus('Downloaded vitrine-recovery-codes.txt.')
  }

  return (
    <section className="key-reveal" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} ref={headingRef} tabIndex={-1}>
        Save your recovery codes
      </h3>
      <p id={`${id}-warning`}>
        <strong>This is the only time they are shown.</strong> Each code signs you in once if you lose your
        phone. Keep them somewhere safe, apart from your password.
      </p>
      <ul className="recovery-codes" aria-label="Recovery codes" aria-describedby={`${id}-warning`}>
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <div className="button-row">
        <button type="button" className="button" onClick={copy}>
          Copy codes
        </button>
        <button type="button" className="button" onClick={download}>
          Download .txt
        </button>
      </div>
      <p role="status" className="muted">
        {status}
      </p>
      <button type="button" className="button button--primary" onClick={onDone}>
        I have saved these codes
      </button>
    </section>
  )
}
