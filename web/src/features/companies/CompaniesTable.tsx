import { type Ref, useId } from 'react'
import { handleLinkClick, pathTo } from '../../app/router.ts'
import type { Company } from './companies-api.ts'

interface Props {
  companies: readonly Company[]
  caption: string
  ownerName: (userId: string | null) => string
  ref?: Ref<HTMLElement>
}

export function CompaniesTable({ companies, caption, ownerName, ref }: Props) {
  const captionId = useId()
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section ref={ref} className="table-scroll" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table companies-table">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Domain</th>
            <th scope="col">Industry</th>
            <th scope="col">Part of</th>
            <th scope="col">People</th>
            <th scope="col">City</th>
            <th scope="col">Owner</th>
          </tr>
        </thead>
        <tbody>
          {companies.map((c) => (
            <tr key={c.id}>
              <th scope="row">
                <a href={pathTo('company', { companyId: c.id })} onClick={handleLinkClick}>
                  <bdi>{c.name}</bdi>
                </a>
                {c.tags.length > 0 && <span className="cell-code muted">{c.tags.join(', ')}</span>}
              </th>
              <td>{c.domain ? <bdi dir="ltr">{c.domain}</bdi> : <span className="muted">—</span>}</td>
              <td>{c.industry ? <bdi>{c.industry}</bdi> : <span className="muted">—</span>}</td>
              <td>
                {c.parent ? (
                  <a href={pathTo('company', { companyId: c.parent.id })} onClick={handleLinkClick}>
                    <bdi>{c.parent.name}</bdi>
                  </a>
                ) : (
                  <span className="muted">—</span>
                )}
              </td>
              <td>{c.peopleCount}</td>
              <td>{c.city ? <bdi>{c.city}</bdi> : <span className="muted">—</span>}</td>
              <td>{c.ownerUserId ? ownerName(c.ownerUserId) : <span className="muted">Nobody</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
