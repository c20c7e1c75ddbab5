import { useEffect, useState } from 'react'
import { type Branch, listStaff } from '../brands/brands-api.ts'
import { sectionName } from '../builder/section-name.ts'
import { getSite } from '../sites/sites-api.ts'

export interface Choice {
  value: string
  label: string
}

type Loaded = { state: 'loading' } | { state: 'ready'; choices: Choice[] } | { state: 'failed' }

// Sections and staff of branches already looked at in this tab, so several rules pointing at
// the same branch load them once.
const cache = new Map<string, Promise<Choice[]>>()

function cached(key: string, load: () => Promise<Choice[]>): Promise<Choice[]> {
  let pending = cache.get(key)
  if (!pending) {
    pending = load()
    pending.catch(() => cache.delete(key))
    cache.set(key, pending)
  }
  return pending
}

/** The shown sections of the branch page's draft, named as the builder names them. */
const loadSections = (branch: Branch) =>
  cached(`sections:${branch.siteId}`, async () => {
    const site = await getSite(branch.siteId)
    const language = site.draft.defaultLanguage
    return site.draft.sections
      .filter((s) => s.enabled)
      .map((s) => ({ value: s.id, label: sectionName(s, language, language) }))
  })

const loadStaff = (branch: Branch) =>
  cached(`staff:${branch.id}`, async () =>
    (await listStaff(branch.id)).map((s) => ({
      value: s.id,
      label: s.title ? `${s.name}, ${s.title}` : s.name,
    })),
  )

/** Choices for a target on `branch`: its page's sections or its team, loaded when first needed. */
export function useBranchParts(branch: Branch | undefined, part: 'sections' | 'staff' | null): Loaded {
  const [loaded, setLoaded] = useState<Loaded & { key: string }>({ key: '', state: 'loading' })
  const key = branch && part ? `${part}:${branch.id}` : ''
  useEffect(() => {
    if (!branch || !part) return
    let live = true
    const k = `${part}:${branch.id}`
    ;(part === 'sections' ? loadSections(branch) : loadStaff(branch)).then(
      (choices) => live && setLoaded({ key: k, state: 'ready', choices }),
      () => live && setLoaded({ key: k, state: 'failed' }),
    )
    return () => {
      live = false
    }
  }, [branch, part])
  return loaded.key === key ? loaded : { state: 'loading' }
}
