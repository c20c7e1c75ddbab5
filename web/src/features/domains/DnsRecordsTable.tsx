import { useId, useState } from 'react'
import { PURPOSE_LABELS } from './domain-format.ts'
import type { DnsRecord } from './domains-api.ts'

/** The records to create at the DNS provider, each value with its own copy button. */
export function DnsRecordsTable({ hostname, records }: { hostname: string; records: readonly DnsRecord[] }) {
  const captionId = useId()
  const [copied, setCopied] = useState('')

  async function copy(label: string, text: string) {
    try {
      await navigator.clipboard.writeText(text)
      setCopied(`${label} copied to the clipboard.`)
    } catch {
      setCopied(`Could not copy ${label}; select it and press Ctrl+C or ⌘C.`)
    }
  }

  return (
    <>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <section className="table-scroll" aria-labelledby={captionId} tabIndex={0}>
        <table className="data-table dns-records">
          <caption id={captionId}>DNS records for {hostname}</caption>
          <thead>
            <tr>
              <th scope="col">Type</th>
              <th scope="col">Name</th>
              <th scope="col">Value</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {records.map((record) => {
              const purpose = PURPOSE_LABELS[record.purpose]
              return (
                <tr key={`${record.purpose}-${record.name}`}>
                  <td>
                    <code>{record.type}</code>
                  </td>
                  <CopyCell
                    text={record.name}
                    label={`the ${record.type} name`}
                    spoken={`name of the ${record.type} record that ${purpose.title.toLowerCase()}`}
                    onCopy={copy}
                  />
                  <CopyCell
                    text={record.value}
                    label={`the ${record.type} value`}
                    spoken={`value of the ${record.type} record that ${purpose.title.toLowerCase()}`}
                    onCopy={copy}
                  />
                  <td className="cell-wrap">
                    <strong>{purpose.title}.</strong> <span className="muted">{purpose.why}</span>
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </section>
      <p role="status" className="muted">
        {copied}
      </p>
    </>
  )
}

/** A cell with a name or value to enter at the DNS provider and its Copy button (`spoken` says which). */
function CopyCell({
  text,
  label,
  spoken,
  onCopy,
}: {
  text: string
  label: string
  spoken: string
  onCopy: (label: string, text: string) => void
}) {
  return (
    <td>
      <code className="dns-records__value">{text}</code>
      <button type="button" className="button button--quiet" onClick={() => onCopy(label, text)}>
        Copy<span className="visually-hidden"> {spoken}</span>
      </button>
    </td>
  )
}
