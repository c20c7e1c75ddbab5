import { useId } from 'react'
import { ConfirmButton } from '../../app/components/Confirm.tsx'
import { DnsRecordsTable } from './DnsRecordsTable.tsx'
import { type DomainGroup, STATUS_LABELS, when } from './domain-format.ts'
import type { Domain } from './domains-api.ts'

function StatusBadge({ domain }: { domain: Domain }) {
  return (
    <span className="badge domain-status" data-status={domain.status}>
      {STATUS_LABELS[domain.status]}
    </span>
  )
}

/** One hostname's state and, until it is live, the records to create; once live, behind a disclosure. */
function HostnameDetails({ domain }: { domain: Domain }) {
  const table = <DnsRecordsTable hostname={domain.hostname} records={domain.records} />
  return (
    <>
      {domain.lastError && domain.status !== 'active' && (
        <p className={domain.status === 'failed' ? 'notice notice--error' : 'notice notice--warning'}>
          {domain.status === 'failed' ? 'Cloudflare gave up: ' : 'Cloudflare says: '}
          {domain.lastError}
        </p>
      )}
      {domain.status === 'active' ? (
        <details className="domain-card__records">
          <summary>DNS records for {domain.hostname}</summary>
          {table}
        </details>
      ) : (
        table
      )}
    </>
  )
}

export function DomainCard({
  group,
  brandName,
  branchName,
  checking,
  onCheck,
  onRemove,
}: {
  group: DomainGroup
  brandName: string
  branchName: string | null
  checking: boolean
  onCheck: (domain: Domain) => void
  onRemove: (domain: Domain) => Promise<boolean>
}) {
  const { domain, twin } = group
  const titleId = useId()
  const serves = domain.branchId
    ? `${branchName ?? 'One branch'} of ${brandName}`
    : `${brandName}, every branch`
  return (
    <article className="domain-card" aria-labelledby={titleId}>
      <header className="domain-card__header">
        <h3 id={titleId}>
          {domain.status === 'active' ? (
            <a href={`https://${domain.hostname}/`} target="_blank" rel="noreferrer">
              {domain.hostname}
            </a>
          ) : (
            domain.hostname
          )}
        </h3>
        <StatusBadge domain={domain} />
      </header>
      <p className="muted">
        Serves {serves}.{domain.redirectTo && ` Redirects to ${domain.redirectTo}.`}{' '}
        {domain.activatedAt ? (
          <>
            Live since <time dateTime={domain.activatedAt}>{when(domain.activatedAt)}</time>.
          </>
        ) : (
          'Create the records below at your DNS provider; we check every five minutes.'
        )}{' '}
        {domain.checkedAt && (
          <>
            Last checked <time dateTime={domain.checkedAt}>{when(domain.checkedAt)}</time>.
          </>
        )}
      </p>
      <HostnameDetails domain={domain} />
      {twin && (
        <section
          className="domain-card__twin"
          aria-label={`${twin.hostname}, redirecting to ${domain.hostname}`}
        >
          <h4>
            {twin.hostname} <StatusBadge domain={twin} />
          </h4>
          <p className="muted">Redirects to {domain.hostname}, keeping the path.</p>
          <HostnameDetails domain={twin} />
        </section>
      )}
      <div className="button-row">
        <button type="button" className="button" onClick={() => onCheck(domain)} aria-disabled={checking}>
          {checking ? 'Checking…' : 'Check now'}
          <span className="visually-hidden"> {domain.hostname}</span>
        </button>
        <ConfirmButton
          question={`Remove ${domain.hostname}${twin ? ` and ${twin.hostname}` : ''}?`}
          detail={`Visitors of ${domain.hostname}${twin ? ` and ${twin.hostname}` : ''} get an error page at once; your pages stay on the Vitrine address. You can delete the DNS records afterwards.`}
          confirmLabel={`Remove ${domain.hostname}`}
          onConfirm={() => onRemove(domain)}
        >
          Remove<span className="visually-hidden"> {domain.hostname}</span>
        </ConfirmButton>
      </div>
    </article>
  )
}
