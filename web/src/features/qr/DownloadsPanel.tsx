import { useId, useState } from 'react'
import { isUnauthorized } from '../../api/client.ts'
import { messageOf } from '../../app/useSession.ts'
import { type FetchedFile, saveFile } from './download.ts'
import { downloadQrCode, downloadTableTent, type Paper, type PngSize } from './qr-api.ts'

const PNG_SIZES: PngSize[] = [1024, 2048, 4096]

/** The saved code as files: SVG, PNG at a print size, PDF and a folded table tent. */
export function DownloadsPanel({
  qrCodeId,
  unsaved,
  onUnauthorized,
}: {
  qrCodeId: string
  /** The form has changes the files will not show yet. */
  unsaved: boolean
  onUnauthorized: () => void
}) {
  const id = useId()
  const [pngSize, setPngSize] = useState<PngSize>(2048)
  const [paper, setPaper] = useState<Paper>('a4')
  const [pending, setPending] = useState('')
  const [status, setStatus] = useState('')
  const [error, setError] = useState('')

  async function get(what: string, fetch: () => Promise<FetchedFile>) {
    if (pending) return
    setPending(what)
    setError('')
    setStatus(`Preparing the ${what}…`)
    try {
      saveFile(await fetch())
      setStatus(`${what[0]?.toUpperCase()}${what.slice(1)} downloaded.`)
    } catch (cause) {
      if (isUnauthorized(cause)) onUnauthorized()
      setStatus('')
      setError(`Could not download the ${what}. ${messageOf(cause)}`)
    } finally {
      setPending('')
    }
  }

  return (
    <section className="qr-downloads" aria-labelledby={`${id}-title`} aria-busy={pending !== ''}>
      <h2 id={`${id}-title`}>Download</h2>
      {unsaved && (
        <p className="notice notice--warning">Save your changes first: the files show the saved code.</p>
      )}
      <div className="button-row">
        <button
          type="button"
          className="button"
          aria-disabled={pending !== ''}
          onClick={() => get('SVG file', () => downloadQrCode(qrCodeId, 'svg'))}
        >
          SVG<span className="visually-hidden"> file (vector)</span>
        </button>
        <button
          type="button"
          className="button"
          aria-disabled={pending !== ''}
          onClick={() => get('PDF file', () => downloadQrCode(qrCodeId, 'pdf'))}
        >
          PDF<span className="visually-hidden"> file (vector)</span>
        </button>
      </div>
      <div className="qr-downloads__row">
        <div className="field">
          <label htmlFor={`${id}-png`}>PNG size</label>
          <select
            id={`${id}-png`}
            value={pngSize}
            onChange={(e) => setPngSize(Number(e.target.value) as PngSize)}
          >
            {PNG_SIZES.map((size) => (
              <option key={size} value={size}>
                {size} × {size} px
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          className="button"
          aria-disabled={pending !== ''}
          onClick={() => get('PNG image', () => downloadQrCode(qrCodeId, 'png', pngSize))}
        >
          PNG<span className="visually-hidden"> image, {pngSize} pixels</span>
        </button>
      </div>
      <div className="qr-downloads__row">
        <div className="field">
          <label htmlFor={`${id}-paper`}>Table tent paper</label>
          <select id={`${id}-paper`} value={paper} onChange={(e) => setPaper(e.target.value as Paper)}>
            <option value="a4">A4</option>
            <option value="letter">US Letter</option>
          </select>
        </div>
        <button
          type="button"
          className="button"
          aria-disabled={pending !== ''}
          onClick={() => get('table tent', () => downloadTableTent(qrCodeId, paper))}
        >
          Table tent<span className="visually-hidden"> (PDF to fold)</span>
        </button>
      </div>
      <p role="status" className="qr-status">
        {status}
      </p>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </section>
  )
}
