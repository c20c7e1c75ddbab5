import { useEffect, useRef, useState } from 'react'
import type { LanguageCode } from '../../../../worker/modules/sites/content/languages.ts'
import { previewUrl } from '../sites/sites-api.ts'

const DEVICES = { desktop: { label: 'Desktop', width: 1280 }, phone: { label: 'Phone', width: 390 } } as const
type Device = keyof typeof DEVICES

interface PreviewPaneProps {
  siteId: string
  language: LanguageCode
  revision: number
  /** The live page, when there is one. */
  liveUrl: string | null
}

/** The draft as the server renders it, at a desktop or phone width scaled to fit the pane. */
export function PreviewPane({ siteId, language, revision, liveUrl }: PreviewPaneProps) {
  const [device, setDevice] = useState<Device>('phone')
  const frameBox = useRef<HTMLDivElement>(null)
  const [available, setAvailable] = useState<{ width: number; height: number }>({ width: 390, height: 700 })

  useEffect(() => {
    const box = frameBox.current
    if (!box) return
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setAvailable({ width: entry.contentRect.width, height: entry.contentRect.height })
    })
    observer.observe(box)
    return () => observer.disconnect()
  }, [])

  const { width } = DEVICES[device]
  const scale = Math.min(1, available.width / width)
  return (
    <div className="preview-pane">
      <div className="preview-pane__bar">
        <fieldset className="segmented">
          <legend className="visually-hidden">Preview width</legend>
          {(Object.keys(DEVICES) as Device[]).map((d) => (
            <label key={d} className="segmented__option">
              <input
                type="radio"
                name="preview-device"
                checked={device === d}
                onChange={() => setDevice(d)}
              />
              {DEVICES[d].label}
            </label>
          ))}
        </fieldset>
        {liveUrl ? (
          <a href={liveUrl} target="_blank" rel="noreferrer">
            Open live page<span className="visually-hidden"> (new tab)</span>
          </a>
        ) : (
          <span className="muted">Not published yet</span>
        )}
      </div>
      <div ref={frameBox} className="preview-pane__frame-box">
        <iframe
          title="Preview"
          src={previewUrl(siteId, language, revision)}
          className="preview-pane__frame"
          style={{
            inlineSize: `${width}px`,
            blockSize: `${Math.max(available.height, 400) / scale}px`,
            transform: scale < 1 ? `scale(${scale})` : undefined,
            insetInlineStart: `${Math.max(0, (available.width - width * scale) / 2)}px`,
          }}
        />
      </div>
    </div>
  )
}
