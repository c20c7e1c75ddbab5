import { handleLinkClick, pathTo } from '../../app/router.ts'
import type { Branch } from './brands-api.ts'

/** Branches with their public address and state, each linking to its edit screen. */
export function BranchesList({ branches }: { branches: Branch[] }) {
  if (branches.length === 0) return <p className="muted">No branches yet.</p>
  return (
    <ul className="plain-list branch-list">
      {branches.map((branch) => (
        <li key={branch.id} className="branch-list__item">
          <a
            href={pathTo('branch', { branchId: branch.id })}
            onClick={handleLinkClick}
            className="branch-list__name"
          >
            {branch.name}
          </a>
          <span className="muted branch-list__path">{branch.path}</span>
          <span
            className={
              branch.archivedAt ? 'badge badge--muted' : branch.published ? 'badge' : 'badge badge--muted'
            }
          >
            {branch.archivedAt ? 'Archived' : branch.published ? 'Published' : 'Not published'}
          </span>
        </li>
      ))}
    </ul>
  )
}
