import { useId } from 'react'
import { handleLinkClick, pathTo } from '../../app/router.ts'
import { QrPreview } from './QrPreview.tsx'
import type { QrCode } from './qr-api.ts'
import { destinationOf, formatScans, KIND_LABELS, previewLabel, STATE_LABELS } from './qr-format.ts'

export const codeAnalyticsPath = (qrCodeId: string) => pathTo('qr-code-analytics', { qrCodeId })

/** The codes with a checkbox each, for choosing what goes on a print sheet. */
export function QrCodesTable({
  codes,
  selected,
  onToggle,
  onToggleAll,
}: {
  codes: readonly QrCode[]
  selected: ReadonlySet<string>
  onToggle: (qrCodeId: string) => void
  onToggleAll: (select: boolean) => void
}) {
  const captionId = useId()
  const allSelected = codes.length > 0 && codes.every((c) => selected.has(c.id))
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className="table-scroll" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table qr-table">
        <caption id={captionId}>QR codes, newest first</caption>
        <thead>
          <tr>
            <td>
              <input
                type="checkbox"
                className="qr-table__check"
                aria-label="Select every code shown"
                checked={allSelected}
                onChange={(e) => onToggleAll(e.target.checked)}
              />
            </td>
            <th scope="col">Code</th>
            <th scope="col">Label</th>
            <th scope="col">Placement</th>
            <th scope="col">Branch</th>
            <th scope="col">Destination</th>
            <th scope="col">State</th>
            <th scope="col">Scans</th>
          </tr>
        </thead>
        <tbody>
          {codes.map((code) => (
            <tr key={code.id} data-selected={selected.has(code.id) || undefined}>
              <td>
                <input
                  type="checkbox"
                  className="qr-table__check"
                  aria-label={`Select ${code.label}`}
                  checked={selected.has(code.id)}
                  onChange={() => onToggle(code.id)}
                />
              </td>
              <td>
                <QrPreview
                  content={code.content}
                  design={code.design}
                  logoUrl={code.logoUrl}
                  size={64}
                  label={previewLabel(code)}
                />
              </td>
              <th scope="row" className="cell-wrap">
                <a href={pathTo('qr-code', { qrCodeId: code.id })} onClick={handleLinkClick}>
                  {code.label}
                </a>
                <span className="muted cell-code">
                  {KIND_LABELS[code.kind]}
                  {code.shortUrl && ` · ${code.shortUrl}`}
                </span>
              </th>
              <td className="cell-wrap">{code.placement ?? <None />}</td>
              <td className="cell-wrap">
                {code.branchName ?? <span className="muted">Whole organisation</span>}
              </td>
              <td className="cell-wrap qr-table__destination">{destinationOf(code) || <None />}</td>
              <td>
                <span className="badge qr-state" data-state={code.state}>
                  {STATE_LABELS[code.state]}
                </span>
              </td>
              <td className="nowrap">
                {code.kind === 'dynamic' ? (
                  <a href={codeAnalyticsPath(code.id)} onClick={handleLinkClick}>
                    {formatScans(code.totalScans)}
                    <span className="visually-hidden"> scans of {code.label}: see analytics</span>
                  </a>
                ) : (
                  <span className="muted">Not counted</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}

function None() {
  return (
    <>
      <span aria-hidden="true" className="muted">
        —
      </span>
      <span className="visually-hidden">None</span>
    </>
  )
}
