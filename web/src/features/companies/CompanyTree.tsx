import { type ReactNode, useId } from 'react'
import { handleLinkClick, pathTo } from '../../app/router.ts'
import type { CompanyDetail, CompanyRef } from './companies-api.ts'

const link = (c: CompanyRef) => (
  <a href={pathTo('company', { companyId: c.id })} onClick={handleLinkClick}>
    <bdi>{c.name}</bdi>
  </a>
)

/**
 * Where the company sits in its group: the companies above it, then it (the current page), then
 * its direct subsidiaries, drawn as nested lists so a screen reader hears the levels.
 */
export function CompanyTree({ company }: { company: CompanyDetail }) {
  const titleId = useId()
  const levels = [...company.parentChain]
  if (levels.length === 0 && company.children.length === 0)
    return (
      <section className="record-panel" aria-labelledby={titleId}>
        <h2 id={titleId} className="section-title">
          Group
        </h2>
        <p className="muted">
          Not part of a group. Choose a parent company under Edit details to place it in one.
        </p>
      </section>
    )
  const self = (
    <li>
      <span aria-current="page" className="company-tree__self">
        <bdi>{company.name}</bdi>
      </span>
      {company.children.length > 0 && (
        <ul aria-label={`Subsidiaries of ${company.name}`}>
          {company.children.map((child) => (
            <li key={child.id}>{link(child)}</li>
          ))}
        </ul>
      )}
    </li>
  )
  const tree = levels.reduceRight<ReactNode>(
    (inner, ancestor) => (
      <li key={ancestor.id}>
        {link(ancestor)}
        <ul>{inner}</ul>
      </li>
    ),
    self,
  )
  return (
    <section className="record-panel" aria-labelledby={titleId}>
      <h2 id={titleId} className="section-title">
        Group
      </h2>
      <ul className="company-tree">{tree}</ul>
    </section>
  )
}
