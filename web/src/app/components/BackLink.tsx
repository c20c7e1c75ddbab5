import type { ReactNode } from 'react'
import { handleLinkClick, pathTo } from '../router.ts'
import type { RouteName } from '../routes.ts'

/** The way back to the page a screen was opened from, above its title. */
export function BackLink({ to, children }: { to: RouteName; children: ReactNode }) {
  return (
    <p>
      <a href={pathTo(to)} onClick={handleLinkClick}>
        {children}
      </a>
    </p>
  )
}
