import { useCallback, useState } from 'react'
import { isUnauthorized } from '../../api/client.ts'
import { ActionOutcome, LoadError } from '../../app/components/Notices.tsx'
import { useResource } from '../../app/useResource.ts'
import { messageOf } from '../../app/useSession.ts'
import { AddDomainForm } from './AddDomainForm.tsx'
import { DomainCard } from './DomainCard.tsx'
import { groupDomains } from './domain-format.ts'
import {
  type BranchChoice,
  type BrandChoice,
  checkDomain,
  type Domain,
  listBranches,
  listBrands,
  listDomains,
  removeDomain,
} from './domains-api.ts'

interface Loaded {
  domains: Domain[]
  brands: BrandChoice[]
  branches: BranchChoice[]
}

const fetchAll = async (signal?: AbortSignal): Promise<Loaded> => {
  const [domains, brands] = await Promise.all([listDomains(signal), listBrands(signal)])
  // Branch names only label the list; without them it still works.
  const branches = await Promise.all(
    [...new Set(domains.data.flatMap((d) => (d.branchId ? [d.brandId] : [])))].map((brandId) =>
      listBranches(brandId, signal).catch(() => []),
    ),
  )
  return { domains: domains.data, brands, branches: branches.flat() }
}

export function DomainsPage({ onSessionExpired }: { onSessionExpired: () => void }) {
  const { data, setData, error: loadError, reload } = useResource(fetchAll, onSessionExpired)
  const [status, setStatus] = useState('')
  const [actionError, setActionError] = useState('')
  const [checking, setChecking] = useState<string | null>(null)

  const failed = useCallback(
    (what: string, error: unknown) => {
      if (isUnauthorized(error)) onSessionExpired()
      else setActionError(`${what} ${messageOf(error)}`)
    },
    [onSessionExpired],
  )

  const refreshList = async () => {
    const list = await listDomains()
    setData((prev) => (prev ? { ...prev, domains: list.data } : prev))
    return list.data
  }

  async function onAdded(domain: Domain) {
    setActionError('')
    setStatus(`${domain.hostname} connected. Create its DNS records, listed below.`)
    await refreshList().catch((error) => failed('Could not refresh the list.', error))
  }

  async function onCheck(domain: Domain) {
    if (checking) return
    setChecking(domain.id)
    setActionError('')
    try {
      await checkDomain(domain.id)
      const now = (await refreshList()).find((d) => d.id === domain.id)
      setStatus(
        now?.status === 'active'
          ? `${domain.hostname} is active and serving your pages.`
          : `${domain.hostname} is ${now?.status === 'failed' ? 'failed' : 'still waiting for its DNS records'}.`,
      )
    } catch (error) {
      failed(`Could not check ${domain.hostname}.`, error)
    } finally {
      setChecking(null)
    }
  }

  async function onRemove(domain: Domain): Promise<boolean> {
    setActionError('')
    try {
      await removeDomain(domain.id)
      await refreshList()
      setStatus(`${domain.hostname} removed.`)
      return true
    } catch (error) {
      failed(`Could not remove ${domain.hostname}.`, error)
      return false
    }
  }

  const brandName = (id: string) => data?.brands.find((b) => b.id === id)?.name ?? 'Your brand'
  const branchName = (id: string | null) =>
    id ? (data?.branches.find((b) => b.id === id)?.name ?? null) : null
  const groups = data ? groupDomains(data.domains) : []

  return (
    <>
      <div className="page-header">
        <h1 tabIndex={-1}>Domains</h1>
      </div>
      <p className="muted">
        Serve a brand or a branch on an address of your own, such as shop.example.com, with HTTPS included.
        Connect it here, create the DNS records we show at your DNS provider, and it goes live on its own.
      </p>

      {loadError && <LoadError onRetry={reload}>Could not load your domains. {loadError}</LoadError>}
      {data === null && !loadError && <p className="muted">Loading domains…</p>}
      {data && data.brands.length === 0 && (
        <p className="notice">Create a brand first: a domain serves a brand or one of its branches.</p>
      )}
      {data && data.brands.length > 0 && (
        <AddDomainForm brands={data.brands} onAdded={onAdded} onUnauthorized={onSessionExpired} />
      )}

      <h2 className="section-title">Connected domains</h2>
      <ActionOutcome status={status} error={actionError} />
      {data && groups.length === 0 && (
        <div className="empty-state">
          <p>No domains yet. Your pages are on the Vitrine address until you connect one.</p>
        </div>
      )}
      <div className="domain-list">
        {groups.map((group) => (
          <DomainCard
            key={group.domain.id}
            group={group}
            brandName={brandName(group.domain.brandId)}
            branchName={branchName(group.domain.branchId)}
            checking={checking === group.domain.id}
            onCheck={onCheck}
            onRemove={onRemove}
          />
        ))}
      </div>
    </>
  )
}
