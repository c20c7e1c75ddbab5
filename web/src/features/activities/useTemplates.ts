import { useEffect, useState } from 'react'
import { isUnauthorized } from '../../api/client.ts'
import { type ActivityTemplate, listTemplates } from './activities-api.ts'

// One fetch per page load, shared by every composer on the screen.
let sharedTemplates: Promise<ActivityTemplate[]> | null = null

/** The activity templates a composer can start from. */
export function useTemplates(onSessionExpired?: () => void): ActivityTemplate[] {
  const [list, setList] = useState<ActivityTemplate[]>([])
  useEffect(() => {
    let live = true
    sharedTemplates ??= listTemplates().then((l) => l.items)
    sharedTemplates.then(
      (items) => live && setList(items),
      (cause: unknown) => {
        sharedTemplates = null
        if (live && isUnauthorized(cause)) onSessionExpired?.()
      },
    )
    return () => {
      live = false
    }
  }, [onSessionExpired])
  return list
}

/** Forgets the cached templates after the settings screen changed them. */
export function forgetTemplates() {
  sharedTemplates = null
}
