import { handleLinkClick, pathTo } from '../../../app/router.ts'
import type { CodeRow } from './analytics-api.ts'
import { CountTable } from './CountTable.tsx'

/** The most scanned codes of a branch or brand, each linking to its own analytics. */
export function CodesTable({
  rows,
  total,
  search,
}: {
  rows: readonly CodeRow[]
  total: number
  search: string
}) {
  return (
    <CountTable
      caption="Top codes"
      heading="Code"
      rows={rows}
      total={total}
      wide
      empty="No code was scanned in this period."
      rowKey={(row) => row.codeId}
      label={(row) => (
        <a
          href={`${pathTo('qr-code-analytics', { qrCodeId: row.codeId })}${search}`}
          onClick={handleLinkClick}
        >
          {row.label}
        </a>
      )}
      extra={{ heading: 'Placement', cell: (row) => row.placement ?? <span className="muted">None</span> }}
    />
  )
}
