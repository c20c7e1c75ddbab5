import type { LanguageCode } from '../../../../worker/modules/sites/content/languages.ts'
import { ActionOutcome } from '../../app/components/Notices.tsx'
import { handleLinkClick, pathTo } from '../../app/router.ts'
import { STATUS_DESCRIPTION, STATUS_LABEL } from '../sites/site-status.ts'
import type { SiteContent, SiteDetail } from '../sites/sites-api.ts'
import { EditingLanguageSelect } from './bar/EditingLanguageSelect.tsx'
import { LanguagesPanel } from './bar/LanguagesPanel.tsx'
import { PublishControls } from './bar/PublishControls.tsx'
import { SaveStatus } from './bar/SaveStatus.tsx'
import { SeoPanel } from './bar/SeoPanel.tsx'
import { SharePreview } from './bar/SharePreview.tsx'
import { TemplatePicker } from './bar/TemplatePicker.tsx'
import { ThemePicker } from './bar/ThemePicker.tsx'
import { VersionsDrawer } from './bar/VersionsDrawer.tsx'
import type { BuilderActions } from './useBuilderActions.ts'
import type { SiteDraft } from './useSiteDraft.ts'

interface BuilderBarProps {
  detail: SiteDetail
  content: SiteContent
  draft: SiteDraft
  actions: BuilderActions
  canEdit: boolean
  canPublish: boolean
  editingLanguage: LanguageCode
  onEditingLanguage: (language: LanguageCode) => void
  onUnauthorized: () => void
}

/** The site's name and state, the site-wide settings, and saving and publishing. */
export function BuilderBar(props: BuilderBarProps) {
  const { detail, content, draft, actions, canEdit, canPublish } = props
  const edit = (patch: Partial<SiteContent>) => draft.edit((c) => ({ ...c, ...patch }))
  const blockedBy = !canPublish
    ? 'Your role cannot publish; ask an owner, admin or manager.'
    : draft.save.kind === 'invalid' || draft.save.kind === 'error' || draft.save.kind === 'conflict'
      ? 'Save the draft first.'
      : null
  return (
    <header className="builder-bar">
      <div className="builder-bar__title">
        <a href={pathTo('sites')} onClick={handleLinkClick} className="builder-bar__back">
          <span aria-hidden="true">← </span>All sites
        </a>
        <h1 tabIndex={-1}>
          {detail.brandName} · {detail.branchName}
        </h1>
        <span
          className="badge site-status"
          data-status={detail.status}
          title={STATUS_DESCRIPTION[detail.status]}
        >
          {STATUS_LABEL[detail.status]}
        </span>
        <SaveStatus
          state={draft.save}
          onRetry={() => void draft.flush()}
          onReload={() => void draft.reload({ content: true })}
        />
      </div>
      <div className="builder-bar__tools">
        <fieldset className="builder-bar__settings" disabled={!canEdit}>
          <legend className="visually-hidden">Site settings</legend>
          <TemplatePicker
            current={content.template}
            onSwitch={actions.switchTemplate}
            onUnauthorized={props.onUnauthorized}
          />
          <ThemePicker theme={content.theme} onChange={(theme) => edit({ theme })} />
          <LanguagesPanel
            catalogue={detail.languages}
            defaultLanguage={content.defaultLanguage}
            languages={content.languages}
            onChange={(languages) => edit(languages)}
          />
          <SeoPanel seo={content.seo} onChange={(seo) => edit({ seo })} />
        </fieldset>
        <EditingLanguageSelect
          catalogue={detail.languages}
          offered={[content.defaultLanguage, ...content.languages]}
          value={props.editingLanguage}
          onChange={props.onEditingLanguage}
        />
        <SharePreview
          link={detail.previewLink}
          canShare={canEdit}
          onCreate={actions.createLink}
          onRevoke={actions.revokeLink}
        />
        <VersionsDrawer
          siteId={detail.id}
          canRestore={canPublish}
          historyRevision={actions.historyRevision}
          onRestore={actions.restore}
          onUnauthorized={props.onUnauthorized}
        />
        <PublishControls
          detail={detail}
          canPublish={canPublish}
          blockedBy={blockedBy}
          onPublish={actions.publish}
          onUnpublish={actions.unpublish}
        />
      </div>
      <ActionOutcome status={actions.status} error={actions.error} />
    </header>
  )
}
