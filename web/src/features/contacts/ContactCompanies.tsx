import { type FormEvent, useCallback, useEffect, useId, useState } from 'react'
import { apiRequest, isUnauthorized } from '../../api/client.ts'
import { ActionOutcome } from '../../app/components/Notices.tsx'
import { useAction } from '../../app/components/useAction.ts'
import { handleLinkClick, pathTo } from '../../app/router.ts'
import { messageOf } from '../../app/useSession.ts'
import { type ContactCompanyLink, linkCompany, listContactCompanies, unlinkCompany } from './contacts-api.ts'

interface CompanyHit {
  id: string
  name: string
  domain: string | null
}

const findCompanies = (q: string) =>
  apiRequest<{ items: CompanyHit[] }>(
    `/api/v1/companies?q=${encodeURIComponent(q)}&limit=8&sort=name&direction=asc`,
  ).then((r) => r.items)

/** The companies a contact works for: the primary first; link another, make one primary, unlink. */
export function ContactCompanies({
  contactId,
  canWrite,
  onChanged,
  onSessionExpired,
}: {
  contactId: string
  canWrite: boolean
  onChanged: () => void
  onSessionExpired: () => void
}) {
  const headingId = useId()
  const [links, setLinks] = useState<ContactCompanyLink[] | null>(null)
  const [loadError, setLoadError] = useState('')
  const action = useAction(onSessionExpired)

  const load = useCallback(() => {
    listContactCompanies(contactId).then(setLinks, (cause: unknown) => {
      if (isUnauthorized(cause)) onSessionExpired()
      else setLoadError(messageOf(cause))
    })
  }, [contactId, onSessionExpired])
  useEffect(load, [load])

  const run = (work: () => Promise<ContactCompanyLink[] | undefined>, said: string) =>
    action.act(async () => {
      const next = await work()
      if (next) setLinks(next)
      else load()
      onChanged()
      return said
    })

  return (
    <section className="record-panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-title">
        Companies
      </h2>
      {loadError && <p className="notice notice--error">Could not load the companies. {loadError}</p>}
      {links?.length === 0 && <p className="muted">Not linked to a company.</p>}
      {links && links.length > 0 && (
        <ul className="plain-list record-links">
          {links.map((link) => (
            <li key={link.companyId}>
              <a href={pathTo('company', { companyId: link.companyId })} onClick={handleLinkClick}>
                <bdi>{link.name}</bdi>
              </a>
              {link.role && <span className="muted"> · {link.role}</span>}
              {link.isPrimary && <span className="badge badge--muted">Primary</span>}
              {canWrite && !link.isPrimary && (
                <button
                  type="button"
                  className="button button--quiet"
                  onClick={() =>
                    run(
                      () =>
                        linkCompany(contactId, {
                          companyId: link.companyId,
                          role: link.role,
                          isPrimary: true,
                        }),
                      `${link.name} is now the primary company.`,
                    )
                  }
                >
                  Make primary<span className="visually-hidden"> ({link.name})</span>
                </button>
              )}
              {canWrite && (
                <button
                  type="button"
                  className="button button--quiet"
                  onClick={() =>
                    run(async () => {
                      await unlinkCompany(contactId, link.companyId)
                      return undefined
                    }, `Unlinked ${link.name}.`)
                  }
                >
                  Unlink<span className="visually-hidden"> {link.name}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canWrite && (
        <LinkCompanyForm
          onLink={(companyId, role, name) =>
            run(() => linkCompany(contactId, { companyId, role }), `Linked ${name}.`)
          }
        />
      )}
      <ActionOutcome status={action.status} error={action.error} />
    </section>
  )
}

function LinkCompanyForm({
  onLink,
}: {
  onLink: (companyId: string, role: string | null, name: string) => Promise<boolean>
}) {
  const id = useId()
  const [q, setQ] = useState('')
  const [hits, setHits] = useState<CompanyHit[]>([])
  const [companyId, setCompanyId] = useState('')
  const [role, setRole] = useState('')

  useEffect(() => {
    if (q.trim().length < 2) {
      setHits([])
      return
    }
    const timer = setTimeout(() => {
      findCompanies(q.trim()).then(setHits, () => setHits([]))
    }, 300)
    return () => clearTimeout(timer)
  }, [q])

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const hit = hits.find((h) => h.id === companyId)
    if (!hit) return
    if (await onLink(hit.id, role.trim() || null, hit.name)) {
      setQ('')
      setCompanyId('')
      setRole('')
    }
  }

  return (
    <form className="link-company" onSubmit={submit}>
      <div className="field">
        <label htmlFor={`${id}-q`}>Find a company to link</label>
        <input
          id={`${id}-q`}
          type="search"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          placeholder="Name or domain"
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-pick`}>Company</label>
        <select id={`${id}-pick`} value={companyId} onChange={(e) => setCompanyId(e.target.value)}>
          <option value="">{hits.length ? 'Choose…' : 'Type two letters or more above'}</option>
          {hits.map((h) => (
            <option key={h.id} value={h.id}>
              {h.domain ? `${h.name} (${h.domain})` : h.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-role`}>Role (optional)</label>
        <input id={`${id}-role`} value={role} maxLength={80} onChange={(e) => setRole(e.target.value)} />
      </div>
      <button type="submit" className="button" aria-disabled={!companyId}>
        Link company
      </button>
      <p role="status" className="visually-hidden">
        {q.trim().length >= 2 ? `${hits.length} companies found` : ''}
      </p>
    </form>
  )
}
