import { type MouseEvent, useSyncExternalStore } from 'react'

/** A tiny history-API router: the app only knows two screens under `/app/`. */

export const BASE = '/app'

export type Route = { name: 'home' } | { name: 'login' } | { name: 'leads' } | { name: 'not-found' }

export const paths = {
  login: `${BASE}/login`,
  leads: `${BASE}/leads`,
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
  if (path === BASE) return { name: 'home' }
  if (path === paths.login) return { name: 'login' }
  if (path === paths.leads) return { name: 'leads' }
  return { name: 'not-found' }
}

export function usePathname(): string {
  return useSyncExternalStore(subscribe, getPathname)
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
