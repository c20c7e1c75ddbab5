import { useCallback, useEffect, useRef, useState } from 'react'
import { isUnauthorized } from '../../api/client.ts'
import { messageOf } from '../../app/useSession.ts'
import { type AdminTenant, listTenants, type TenantSearch } from './admin-api.ts'

/** Pages of organisations for a search; a new search starts over, a stale answer is dropped. */
export function useTenants(search: TenantSearch, onUnauthorized: () => void) {
  const [tenants, setTenants] = useState<AdminTenant[] | null>(null)
  const [nextCursor, setNextCursor] = useState<string | null>(null)
  const [error, setError] = useState('')
  const [loadingMore, setLoadingMore] = useState(false)
  const generation = useRef(0)

  const fail = useCallback(
    (cause: unknown) => {
      if (isUnauthorized(cause)) onUnauthorized()
      else setError(messageOf(cause))
    },
    [onUnauthorized],
  )

  useEffect(() => {
    const controller = new AbortController()
    const mine = ++generation.current
    setTenants(null)
    setError('')
    listTenants(search, null, controller.signal).then(
      (page) => {
        if (mine !== generation.current) return
        setTenants(page.data)
        setNextCursor(page.nextCursor)
      },
      (cause: unknown) => {
        if (!controller.signal.aborted) fail(cause)
      },
    )
    return () => controller.abort()
  }, [search, fail])

  const loadMore = useCallback(async () => {
    if (!nextCursor || loadingMore) return
    const mine = generation.current
    setLoadingMore(true)
    try {
      const page = await listTenants(search, nextCursor)
      if (mine !== generation.current) return
      setTenants((prev) => [...(prev ?? []), ...page.data])
      setNextCursor(page.nextCursor)
    } catch (cause) {
      fail(cause)
    } finally {
      setLoadingMore(false)
    }
  }, [search, nextCursor, loadingMore, fail])

  /** Puts an updated organisation in place after an action. */
  const replace = useCallback((tenant: AdminTenant) => {
    setTenants((prev) => prev?.map((t) => (t.id === tenant.id ? tenant : t)) ?? null)
  }, [])

  return { tenants, nextCursor, error, loadingMore, loadMore, replace }
}
