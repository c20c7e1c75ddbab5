import type { Permission } from '../../../worker/modules/auth/permissions.ts'

/**
 * Every screen of the dashboard, in one table: its path under /app, its title, who may open
 * it, and its place in the main navigation. Paths may have `:params`.
 * - `public`: only when signed out (sign-in, sign-up); signed-in users are sent to the home screen.
 * - `open`: either way (e-mail links: verify, reset, accept an invitation).
 * - `member`: signed in; a signed-out visitor is sent to sign in and brought back.
 */
export interface RouteDef {
  name: string
  path: string
  title: string
  access: 'public' | 'open' | 'member'
  nav?: { label: string; permission?: Permission; group?: 'main' | 'settings' | 'admin' }
}

export const ROUTES = [
  { name: 'login', path: '/login', title: 'Sign in', access: 'public' },
  {
    name: 'leads',
    path: '/leads',
    title: 'Leads',
    access: 'member',
    nav: { label: 'Leads', permission: 'leads.read' },
  },
] as const satisfies readonly RouteDef[]

export type RouteName = (typeof ROUTES)[number]['name'] | 'home' | 'not-found'

export const HOME_ROUTE = 'leads' satisfies RouteName
