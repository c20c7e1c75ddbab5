import { useEffect, useId, useState } from 'react'
import { isUnauthorized } from '../../../api/client.ts'
import { handleLinkClick, pathTo } from '../../../app/router.ts'
import { HOME_ROUTE } from '../../../app/routes.ts'
import { messageOf } from '../../../app/useSession.ts'
import { saveFile } from '../../qr/download.ts'
import { QrPreview } from '../../qr/QrPreview.tsx'
import { downloadQrCode, type QrCode } from '../../qr/qr-api.ts'
import { type FrontDoor, frontDoorCode } from '../front-door.ts'
import { useStepData } from '../useStepData.ts'
import type { StepProps } from '../wizard-steps.tsx'
import { StepLoading } from './StepLoading.tsx'

/** Step 5 (optional): the branch's front-door code in the brand's colours, to download and print. */
export function QrCodeStep(props: StepProps) {
  const { branchId, brandId } = props.status.context
  const canCreate = props.session.permissions.includes('qr.manage')
  const data = useStepData<FrontDoor | null>(
    branchId ?? 'none',
    branchId ? () => frontDoorCode({ brandId, branchId }, canCreate) : null,
    () => null,
    props.onSessionExpired,
  )
  const created = data.status === 'ready' && data.value?.created === true
  const { onSaved } = props
  // A code made here completes the step: the wizard's progress says so.
  useEffect(() => {
    if (created) onSaved({ stay: true }).catch(() => undefined)
  }, [created, onSaved])

  if (data.status !== 'ready') return <StepLoading data={data} />
  return (
    <div className="qr-step">
      {data.value ? (
        <FrontDoorCode code={data.value.code} onSessionExpired={props.onSessionExpired} />
      ) : (
        <p className="notice">
          {branchId
            ? 'Only an owner, an admin or a manager of this branch can create its QR code. You can finish here.'
            : 'Create your first branch before its QR code: go back to that step.'}
        </p>
      )}
      <div className="wizard-actions">
        {props.onBack && (
          <button type="button" className="button" onClick={props.onBack}>
            Back
          </button>
        )}
        <a className="button button--primary" href={pathTo(HOME_ROUTE)} onClick={handleLinkClick}>
          Finish
        </a>
      </div>
    </div>
  )
}

const FORMATS = [
  { format: 'svg', label: 'SVG' },
  { format: 'png', label: 'PNG' },
  { format: 'pdf', label: 'PDF' },
] as const

function FrontDoorCode({ code, onSessionExpired }: { code: QrCode; onSessionExpired: () => void }) {
  const id = useId()
  const [pending, setPending] = useState<string | null>(null)
  const [status, setStatus] = useState('')
  const [error, setError] = useState('')

  async function download(format: (typeof FORMATS)[number]['format']) {
    if (pending) return
    setPending(format)
    setError('')
    setStatus(`Preparing the ${format.toUpperCase()} file…`)
    try {
      const file = await downloadQrCode(code.id, format, format === 'png' ? 2048 : undefined)
      saveFile(file)
      setStatus(`Downloaded ${file.filename}.`)
    } catch (cause) {
      if (isUnauthorized(cause)) return onSessionExpired()
      setStatus('')
      setError(`Could not download the ${format.toUpperCase()} file. ${messageOf(cause)}`)
    } finally {
      setPending(null)
    }
  }

  return (
    <section className="qr-step__code" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Your front door code</h3>
      <QrPreview
        content={code.content}
        design={code.design}
        logoUrl={code.logoUrl}
        size={220}
        label={`QR code that opens your page through ${code.shortUrl ?? code.content}`}
        className="qr-step__preview"
      />
      <div className="qr-step__details">
        <p>
          Scanning it opens your page{code.targetUrl ? ':' : '.'}{' '}
          {code.targetUrl && <span className="cell-wrap">{code.targetUrl}</span>}
        </p>
        <p className="muted">
          It goes through the short link <code>{code.shortUrl}</code>, so you can later send it somewhere else
          without printing it again.
        </p>
        <fieldset className="qr-step__downloads" aria-describedby={`${id}-formats`}>
          <legend>Download to print</legend>
          <p id={`${id}-formats`} className="field-hint muted">
            SVG for print shops and designers, PNG as a 2048-pixel image, PDF ready to print.
          </p>
          {FORMATS.map((f) => (
            <button
              key={f.format}
              type="button"
              className="button"
              aria-disabled={pending !== null}
              onClick={() => download(f.format)}
            >
              Download {f.label}
            </button>
          ))}
        </fieldset>
        <p role="status" className="muted">
          {status}
        </p>
        {error && (
          <p role="alert" className="notice notice--error">
            {error}
          </p>
        )}
        <p>
          <a href={pathTo('qr-code', { qrCodeId: code.id })} onClick={handleLinkClick}>
            Change its design, or make more codes
          </a>
        </p>
      </div>
    </section>
  )
}
