import { useEffect, useState } from 'react'
import type { LanguageCode } from '../../../../worker/modules/sites/content/languages.ts'
import type { Section, SectionType } from '../../../../worker/modules/sites/content/sections.ts'
import type { SiteContent, SiteDetail } from '../sites/sites-api.ts'
import { newSection } from './new-section.ts'
import { type Pane, PaneTabs } from './PaneTabs.tsx'
import { PreviewPane } from './PreviewPane.tsx'
import { moveItem } from './reorder.ts'
import { SectionEditor } from './SectionEditor.tsx'
import { SectionList } from './SectionList.tsx'
import { useMediaQuery } from './useMediaQuery.ts'
import type { SiteDraft } from './useSiteDraft.ts'

interface BuilderPanesProps {
  detail: SiteDetail
  content: SiteContent
  draft: SiteDraft
  canEdit: boolean
  language: LanguageCode
  brandColor: string
}

/** Sections, the selected section's form and the preview: side by side when wide, as tabs on a phone. */
export function BuilderPanes({ detail, content, draft, canEdit, language, brandColor }: BuilderPanesProps) {
  const wide = useMediaQuery('(min-width: 64rem)')
  const [tab, setTab] = useState('sections')
  const [chosenId, setChosenId] = useState<string | null>(content.sections[0]?.id ?? null)
  const [focusTarget, setFocusTarget] = useState<string | null>(null)
  const selected = content.sections.find((s) => s.id === chosenId) ?? content.sections[0] ?? null
  const sections = (change: (list: Section[]) => Section[]) =>
    draft.edit((c) => ({ ...c, sections: change(c.sections) }))

  useEffect(() => {
    if (!focusTarget) return
    document.querySelector<HTMLElement>(focusTarget)?.focus()
    setFocusTarget(null)
  }, [focusTarget])

  function select(id: string) {
    setChosenId(id)
    if (!wide) setTab('edit')
  }

  function add(type: SectionType): number {
    const section = newSection(
      type,
      content.sections.map((s) => s.id),
    )
    const at = selected ? content.sections.indexOf(selected) + 1 : content.sections.length
    sections((list) => [...list.slice(0, at), section, ...list.slice(at)])
    select(section.id)
    setFocusTarget('#section-editor-title')
    return at
  }

  async function remove(id: string): Promise<boolean> {
    const index = content.sections.findIndex((s) => s.id === id)
    const next = content.sections[index + 1] ?? content.sections[index - 1] ?? null
    sections((list) => list.filter((s) => s.id !== id))
    setChosenId(next?.id ?? null)
    if (!wide) setTab('sections')
    setFocusTarget(next ? `[data-section="${next.id}"] [data-control="select"]` : '.add-section .button')
    return true
  }

  const list = (
    <fieldset className="builder__fieldset" disabled={!canEdit}>
      <SectionList
        sections={content.sections}
        selectedId={selected?.id ?? null}
        onSelect={select}
        onMove={(from, to) => sections((l) => moveItem(l, from, to))}
        onToggle={(id, enabled) => sections((l) => l.map((s) => (s.id === id ? { ...s, enabled } : s)))}
        onAdd={add}
      />
    </fieldset>
  )
  const editor = selected ? (
    <fieldset className="builder__fieldset" disabled={!canEdit}>
      <SectionEditor
        key={selected.id}
        section={selected}
        branchId={detail.branchId}
        brandColor={brandColor}
        onChange={(next) => sections((l) => l.map((s) => (s.id === next.id ? next : s)))}
        onRemove={() => remove(selected.id)}
      />
    </fieldset>
  ) : (
    <p className="muted">No sections yet. Add one to start the page.</p>
  )
  const preview = (
    <PreviewPane
      siteId={detail.id}
      language={language}
      revision={draft.revision}
      liveUrl={detail.publishedVersion ? detail.url : null}
    />
  )

  if (!wide) {
    const panes: Pane[] = [
      { id: 'sections', label: 'Sections', content: list },
      { id: 'edit', label: selected ? 'Edit section' : 'Edit', content: editor },
      { id: 'preview', label: 'Preview', content: preview },
    ]
    return <PaneTabs panes={panes} active={tab} onActivate={setTab} />
  }
  return (
    <div className="builder__panes">
      <section className="builder__pane builder__pane--list" aria-labelledby="section-list-title">
        {list}
      </section>
      <section className="builder__pane builder__pane--editor" aria-label="Selected section">
        {editor}
      </section>
      <section className="builder__pane builder__pane--preview" aria-label="Preview">
        {preview}
      </section>
    </div>
  )
}
