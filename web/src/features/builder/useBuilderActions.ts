import { useState } from 'react'
import { isUnauthorized } from '../../api/client.ts'
import { messageOf } from '../../app/useSession.ts'
import {
  createPreviewLink,
  publishSite,
  restoreVersion,
  revokePreviewLink,
  type SiteVersionSummary,
  switchTemplate,
  type TemplateId,
  unpublishSite,
} from '../sites/sites-api.ts'
import type { SiteDraft } from './useSiteDraft.ts'

export interface BuilderActions {
  status: string
  error: string
  /** Bumped when the version history changed. */
  historyRevision: number
  switchTemplate: (template: TemplateId) => Promise<boolean>
  publish: (note: string) => Promise<boolean>
  unpublish: () => Promise<boolean>
  restore: (version: SiteVersionSummary) => Promise<boolean>
  createLink: () => Promise<boolean>
  revokeLink: () => Promise<boolean>
}

/** The builder's server actions, each saving pending edits first where it depends on the draft. */
export function useBuilderActions(
  siteId: string,
  draft: SiteDraft,
  onUnauthorized: () => void,
): BuilderActions {
  const [status, setStatus] = useState('')
  const [error, setError] = useState('')
  const [historyRevision, setHistoryRevision] = useState(0)

  async function run(failure: string, action: () => Promise<string>, options: { saveFirst?: boolean } = {}) {
    setError('')
    if (options.saveFirst && !(await draft.flush())) {
      setError(`${failure} Your latest changes are not saved yet; see the save status.`)
      return false
    }
    try {
      setStatus(await action())
      return true
    } catch (cause) {
      if (isUnauthorized(cause)) onUnauthorized()
      else setError(`${failure} ${messageOf(cause)}`)
      return false
    }
  }

  return {
    status,
    error,
    historyRevision,
    switchTemplate: (template) =>
      run(
        'Could not switch the template.',
        async () => {
          draft.adopt(await switchTemplate(siteId, template))
          return 'Template switched; all your content is kept.'
        },
        { saveFirst: true },
      ),
    publish: (note) =>
      run(
        'Could not publish.',
        async () => {
          const version = await publishSite(siteId, note || undefined)
          await draft.reload()
          setHistoryRevision((r) => r + 1)
          return `Published as version ${version.number}.`
        },
        { saveFirst: true },
      ),
    unpublish: () =>
      run('Could not unpublish.', async () => {
        const { draft: _server, ...rest } = await unpublishSite(siteId)
        draft.patchDetail(rest)
        setHistoryRevision((r) => r + 1)
        return 'Unpublished: visitors now get a “not found” page.'
      }),
    restore: (version) =>
      run('Could not restore the version.', async () => {
        const restored = await restoreVersion(siteId, version.id)
        await draft.reload({ content: true })
        setHistoryRevision((r) => r + 1)
        return `Version ${version.number} restored and published as version ${restored.number}.`
      }),
    createLink: () =>
      run(
        'Could not create a preview link.',
        async () => {
          draft.patchDetail({ previewLink: await createPreviewLink(siteId) })
          return 'Preview link created.'
        },
        { saveFirst: true },
      ),
    revokeLink: () =>
      run('Could not revoke the preview link.', async () => {
        await revokePreviewLink(siteId)
        draft.patchDetail({ previewLink: null })
        return 'Preview link revoked.'
      }),
  }
}
