import { useState } from 'react'
import type { LanguageCode } from '../../../../worker/modules/sites/content/languages.ts'
import type { SiteContent, SiteDetail } from '../sites/sites-api.ts'
import { BuilderBar } from './BuilderBar.tsx'
import { BuilderPanes } from './BuilderPanes.tsx'
import { EditingLanguageContext, englishLanguageName } from './editing-language.ts'
import { useBrandColor } from './useBrandColor.ts'
import { useBuilderActions } from './useBuilderActions.ts'
import type { SiteDraft } from './useSiteDraft.ts'

interface BuilderWorkspaceProps {
  detail: SiteDetail
  content: SiteContent
  draft: SiteDraft
  canEdit: boolean
  canPublish: boolean
  onUnauthorized: () => void
}

/** The loaded builder: the bar over the sections, the selected section's form and the preview. */
export function BuilderWorkspace({
  detail,
  content,
  draft,
  canEdit,
  canPublish,
  onUnauthorized,
}: BuilderWorkspaceProps) {
  const actions = useBuilderActions(detail.id, draft, onUnauthorized)
  const brandColor = useBrandColor(detail.brandId)
  const [chosenLanguage, setChosenLanguage] = useState<LanguageCode>(content.defaultLanguage)
  const offered = [content.defaultLanguage, ...content.languages]
  // A language taken off the page stops being edited.
  const language = offered.includes(chosenLanguage) ? chosenLanguage : content.defaultLanguage
  const dir = detail.languages.find((l) => l.code === language)?.dir ?? 'ltr'

  return (
    <EditingLanguageContext.Provider
      value={{ language, defaultLanguage: content.defaultLanguage, dir, nameOf: englishLanguageName }}
    >
      <div className="builder">
        <BuilderBar
          detail={detail}
          content={content}
          draft={draft}
          actions={actions}
          canEdit={canEdit}
          canPublish={canPublish}
          editingLanguage={language}
          onEditingLanguage={setChosenLanguage}
          onUnauthorized={onUnauthorized}
        />
        {!canEdit && <p className="notice">You can look at this site, but your role cannot change it.</p>}
        <BuilderPanes
          detail={detail}
          content={content}
          draft={draft}
          canEdit={canEdit}
          language={language}
          brandColor={brandColor}
        />
      </div>
    </EditingLanguageContext.Provider>
  )
}
