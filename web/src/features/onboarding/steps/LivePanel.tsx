import { type RefObject, useId, useRef, useState } from 'react'
import { BASE, handleLinkClick, pathTo } from '../../../app/router.ts'
import { HOME_ROUTE } from '../../../app/routes.ts'

/** Shown once the page is online: its address to copy or open, and where to go next. */
export function LivePanel({
  liveUrl,
  siteId,
  headingRef,
  onNext,
}: {
  liveUrl: string
  siteId: string
  headingRef: RefObject<HTMLHeadingElement | null>
  onNext: (() => void) | null
}) {
  const id = useId()
  const input = useRef<HTMLInputElement>(null)
  const [copied, setCopied] = useState('')

  async function copy() {
    try {
      await navigator.clipboard.writeText(liveUrl)
      setCopied('Address copied.')
    } catch {
      // No clipboard permission: select it so Ctrl+C or the context menu does the rest.
      input.current?.select()
      setCopied('Address selected: copy it with Ctrl+C or ⌘C.')
    }
  }

  return (
    <section className="live-panel" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        Your page is live
      </h3>
      <div className="field">
        <label htmlFor={`${id}-url`}>Your page's address</label>
        <div className="live-panel__row">
          <input id={`${id}-url`} ref={input} readOnly value={liveUrl} onFocus={(e) => e.target.select()} />
          <button type="button" className="button" onClick={copy}>
            Copy
          </button>
          <a className="button" href={liveUrl} target="_blank" rel="noopener">
            Open<span className="visually-hidden"> your page in a new tab</span>
          </a>
        </div>
        <p role="status" className="live-panel__status">
          {copied}
        </p>
      </div>
      <ul className="live-panel__links plain-list">
        {onNext && (
          <li>
            <button type="button" className="button button--primary" onClick={onNext}>
              Continue
            </button>
          </li>
        )}
        <li>
          <a
            className="button"
            href={`${BASE}/sites/${encodeURIComponent(siteId)}`}
            onClick={handleLinkClick}
          >
            Edit in the builder
          </a>
        </li>
        <li>
          <a
            className={onNext ? 'button' : 'button button--primary'}
            href={pathTo(HOME_ROUTE)}
            onClick={handleLinkClick}
          >
            Go to the dashboard
          </a>
        </li>
      </ul>
    </section>
  )
}
