import { type RefObject, useId } from 'react'
import type { QrBatch } from './bulk-api.ts'
import { formatBytes } from './bulk-format.ts'

/** Spoken progress moves in quarters, so a screen reader is not read a number every second. */
function spoken(batch: QrBatch): string {
  if (batch.status === 'queued') return 'Waiting for the job to start…'
  if (batch.status === 'failed') return `The batch failed. ${batch.error ?? 'Try again.'}`
  if (batch.status === 'done')
    return `Done: ${batch.total} ${batch.total === 1 ? 'code is' : 'codes are'} in the ZIP.`
  const quarter = batch.total > 0 ? Math.floor((batch.done / batch.total) * 4) * 25 : 0
  return quarter === 0 ? 'Building your codes…' : `Building your codes: ${quarter}% done…`
}

/**
 * The batch being built: a progress bar (done of total codes), a status read out as it
 * changes, and the ZIP's download link once it is ready (focused, so the next Tab is not lost).
 */
export function BatchProgress({
  batch,
  downloadRef,
}: {
  batch: QrBatch
  downloadRef: RefObject<HTMLAnchorElement | null>
}) {
  const id = useId()
  const percent =
    batch.total > 0 ? Math.round((batch.done / batch.total) * 100) : batch.status === 'done' ? 100 : 0
  return (
    <section className="qr-batch-progress" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">
        {batch.source === 'csv' ? 'Codes from your CSV' : 'Codes for every branch'}
      </h2>
      <p id={`${id}-label`} className="qr-batch-progress__count">
        {batch.done} of {batch.total} codes
      </p>
      <div
        role="progressbar"
        className="progress-bar"
        aria-labelledby={`${id}-label`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent}%: ${batch.done} of ${batch.total} codes`}
      >
        <span style={{ inlineSize: `${percent}%` }} />
      </div>
      <p aria-live="polite" className={batch.status === 'failed' ? 'field-error' : 'muted'}>
        {spoken(batch)}
      </p>
      {batch.downloadUrl && (
        <p>
          <a ref={downloadRef} className="button button--primary" href={batch.downloadUrl} download>
            Download the ZIP
          </a>{' '}
          {batch.archiveBytes !== null && <span className="muted">{formatBytes(batch.archiveBytes)}</span>}
        </p>
      )}
    </section>
  )
}
