import { type MouseEvent, useSyncExternalStore } from 'react'
import { ROUTES, type RouteDef, type RouteName } from './routes.ts'

/** A tiny history-API router over the table in routes.ts, under `/app/`. */

export const BASE = '/app'

export interface Route {
  name: RouteName
  params: Record<string, string>
  def: RouteDef | null
}

/** The URL of a named screen, with its params filled in. */
export function pathTo(name: RouteName | (string & {}), params: Record<string, string> = {}): string {
  const def = ROUTES.find((r) => r.name === name)
  if (!def) return BASE
  return BASE + def.path.replace(/:(\w+)/g, (_, key: string) => encodeURIComponent(params[key] ?? ''))
}

export const paths = {
  login: pathTo('login'),
  leads: pathTo('leads'),
} as const

const NAVIGATE_EVENT = 'vitrine:navigate'

export function navigate(to: string, { replace = false }: { replace?: boolean } = {}): void {
  if (to === location.pathname + location.search) return
  if (replace) history.replaceState(null, '', to)
  else history.pushState(null, '', to)
  window.dispatchEvent(new Event(NAVIGATE_EVENT))
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange)
  window.addEventListener(NAVIGATE_EVENT, onChange)
  return () => {
    window.removeEventListener('popstate', onChange)
    window.removeEventListener(NAVIGATE_EVENT, onChange)
  }
}

const getPathname = () => location.pathname

export function matchRoute(pathname: string): Route {
  const path = pathname.replace(/\/+$/, '')
  if (path === BASE) return { name: 'home', params: {}, def: null }
  if (!path.startsWith(`${BASE}/`)) return { name: 'not-found', params: {}, def: null }
  const rest = path.slice(BASE.length).split('/')
  for (const def of ROUTES as readonly RouteDef[]) {
    const parts = def.path.split('/')
    if (parts.length !== rest.length) continue
    const params: Record<string, string> = {}
    const matches = parts.every((part, i) => {
      if (part.startsWith(':')) {
        const value = decodeURIComponent(rest[i] ?? '')
        params[part.slice(1)] = value
        return value !== '' && (def.match?.[part.slice(1)]?.test(value) ?? true)
      }
      return part === rest[i]
    })
    if (matches) return { name: def.name as RouteName, params, def }
  }
  return { name: 'not-found', params: {}, def: null }
}

export function usePathname(): string {
  return useSyncExternalStore(subscribe, getPathname)
}

const getSearch = () => location.search

/** The address's query string, followed through `navigate`, back and forward. */
export function useSearch(): string {
  return useSyncExternalStore(subscribe, getSearch)
}

/** Lets ordinary `<a href>` clicks navigate in place, leaving new-tab and modified clicks to the browser. */
export function handleLinkClick(event: MouseEvent<HTMLAnchorElement>): void {
  const anchor = event.currentTarget
  if (
    event.defaultPrevented ||
    event.button !== 0 ||
    event.metaKey ||
    event.ctrlKey ||
    event.shiftKey ||
    event.altKey ||
    (anchor.target && anchor.target !== '_self') ||
    anchor.origin !== location.origin
  ) {
    return
  }
  event.preventDefault()
  navigate(anchor.pathname + anchor.search)
}
