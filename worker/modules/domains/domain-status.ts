// What Cloudflare's view of a custom hostname means for us: our status, the records to show, the error.
import type { CustomHostname } from './cloudflare-client.ts'
import type { DnsRecord, HOSTNAME_STATUSES } from './domains.tables.ts'

type HostnameStatus = (typeof HOSTNAME_STATUSES)[number]

// Cloudflare has stopped trying: the owner must fix DNS and check again, or remove and re-add.
const FAILED_HOSTNAME = new Set(['blocked', 'moved', 'deleted', 'test_failed', 'test_blocked'])
const FAILED_SSL = new Set([
  'initializing_timed_out',
  'validation_timed_out',
  'issuance_timed_out',
  'deployment_timed_out',
  'deletion_timed_out',
  'expired',
  'deleted',
])

export interface HostnameState {
  status: HostnameStatus
  sslStatus: string | null
  records: DnsRecord[]
  lastError: string | null
}

function errorOf(hostname: CustomHostname, status: HostnameStatus): string | null {
  const messages = [
    ...(hostname.verification_errors ?? []),
    ...(hostname.ssl?.validation_errors ?? []).map((e) => e.message),
  ]
  if (messages.length > 0) return messages.join('; ')
  if (status !== 'failed') return null
  return FAILED_HOSTNAME.has(hostname.status)
    ? `Cloudflare reports the hostname as ${hostname.status}`
    : `The certificate could not be issued (${hostname.ssl?.status}); check the TXT records and check again`
}

/**
 * Routing (our CNAME target), then ownership and certificate TXT records. Cloudflare drops the
 * certificate records once issued, so the ones shown before are kept: the owner's DNS still has them.
 */
export function recordsFor(hostname: CustomHostname, target: string, previous: DnsRecord[]): DnsRecord[] {
  const kept = (purpose: DnsRecord['purpose']) => previous.filter((r) => r.purpose === purpose)
  const ownership: DnsRecord[] = hostname.ownership_verification
    ? [
        {
          type: 'TXT',
          name: hostname.ownership_verification.name,
          value: hostname.ownership_verification.value,
          purpose: 'ownership',
        },
      ]
    : kept('ownership')
  const certificate: DnsRecord[] = (hostname.ssl?.validation_records ?? []).flatMap((r) =>
    r.txt_name && r.txt_value
      ? [{ type: 'TXT' as const, name: r.txt_name, value: r.txt_value, purpose: 'certificate' as const }]
      : [],
  )
  return [
    { type: 'CNAME', name: hostname.hostname, value: target, purpose: 'routing' },
    ...ownership,
    ...(certificate.length > 0 ? certificate : kept('certificate')),
  ]
}

/**
 * Active once both the hostname and its certificate are. An active hostname stays active through
 * certificate renewals (its SSL status moves while the old certificate still serves) and only
 * leaves on a hard failure of the hostname itself.
 */
export function stateOf(
  hostname: CustomHostname,
  current: { status: HostnameStatus; records: DnsRecord[] | null },
  target: string,
): HostnameState {
  const sslStatus = hostname.ssl?.status ?? null
  let status: HostnameStatus
  if (FAILED_HOSTNAME.has(hostname.status)) status = 'failed'
  else if (hostname.status === 'active' && sslStatus === 'active') status = 'active'
  else if (current.status === 'active') status = 'active'
  else if (sslStatus && FAILED_SSL.has(sslStatus)) status = 'failed'
  else status = 'pending'
  return {
    status,
    sslStatus,
    records: recordsFor(hostname, target, current.records ?? []),
    lastError: errorOf(hostname, status),
  }
}

export const GONE_FROM_CLOUDFLARE = 'Cloudflare no longer has this hostname; remove it here and add it again'
