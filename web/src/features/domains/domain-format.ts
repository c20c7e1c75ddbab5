import type { DnsRecord, Domain } from './domains-api.ts'

export const STATUS_LABELS: Record<Domain['status'], string> = {
  pending: 'Pending DNS',
  active: 'Active',
  failed: 'Failed',
}

/** What each record does, in the owner's words rather than Cloudflare's. */
export const PURPOSE_LABELS: Record<DnsRecord['purpose'], { title: string; why: string }> = {
  routing: {
    title: 'Points the address at Vitrine',
    why: 'Sends visitors of this hostname to your microsite. Keep it for as long as the domain is connected.',
  },
  ownership: {
    title: 'Proves the domain is yours',
    why: 'Lets us confirm you control this hostname. You may delete it once the domain is active.',
  },
  certificate: {
    title: 'Lets us issue the HTTPS certificate',
    why: 'The certificate authority checks it before issuing the padlock certificate. Keep it so renewals work.',
  },
}

const formatter = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })
export const when = (iso: string) => formatter.format(new Date(iso))

/** A canonical hostname with its www/apex twin, shown together. */
export interface DomainGroup {
  domain: Domain
  twin: Domain | null
}

export function groupDomains(domains: readonly Domain[]): DomainGroup[] {
  const byId = new Map(domains.map((d) => [d.id, d]))
  const groups: DomainGroup[] = []
  for (const domain of domains) {
    const partner = domain.twin ? (byId.get(domain.twin.id) ?? null) : null
    // A twin is shown under its canonical hostname, unless that one is gone.
    if (domain.redirectTo && partner) continue
    groups.push({ domain, twin: domain.redirectTo ? null : partner })
  }
  return groups
}
