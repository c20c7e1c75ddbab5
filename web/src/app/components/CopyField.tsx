import { useId, useRef, useState } from 'react'

/** A read-only value with a Copy button; says whether the copy worked. */
export function CopyField({
  label,
  value,
  describedBy,
}: {
  label: string
  value: string
  describedBy?: string
}) {
  const id = useId()
  const inputRef = useRef<HTMLInputElement>(null)
  const [copied, setCopied] = useState<'' | 'copied' | 'failed'>('')

  async function copy() {
    try {
      await navigator.clipboard.writeText(value)
      setCopied('copied')
    } catch {
      // Without clipboard access (an insecure origin, a denied permission) select it for Ctrl+C.
      inputRef.current?.select()
      setCopied('failed')
    }
  }

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="key-reveal__row">
        <input
          id={id}
          ref={inputRef}
          className="key-reveal__key"
          readOnly
          value={value}
          spellCheck={false}
          autoComplete="off"
          aria-describedby={describedBy}
          onFocus={(e) => e.currentTarget.select()}
        />
        <button type="button" className="button" onClick={copy}>
          Copy<span className="visually-hidden"> {label.toLowerCase()}</span>
        </button>
      </div>
      <p role="status" className="muted">
        {copied === 'copied' && 'Copied to the clipboard.'}
        {copied === 'failed' && 'Could not copy automatically; it is selected, press Ctrl+C or ⌘C.'}
      </p>
    </div>
  )
}
