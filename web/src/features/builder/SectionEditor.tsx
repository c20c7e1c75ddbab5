import type { Section } from '../../../../worker/modules/sites/content/sections.ts'
import { ConfirmButton } from '../../app/components/Confirm.tsx'
import { handleLinkClick } from '../../app/router.ts'
import { branchDetailsPath } from '../sites/links.ts'
import { ArcsFields } from './ArcsFields.tsx'
import { Checkbox } from './fields/Checkbox.tsx'
import { LocalizedField } from './fields/LocalizedField.tsx'
import { SECTION_KINDS } from './section-catalogue.ts'
import { SectionFields } from './sections/SectionFields.tsx'

interface SectionEditorProps {
  section: Section
  branchId: string
  brandColor: string
  onChange: (section: Section) => void
  onRemove: () => Promise<boolean>
}

/** Everything about one section: its own fields, then the settings every section shares. */
export function SectionEditor({ section, branchId, brandColor, onChange, onRemove }: SectionEditorProps) {
  const kind = SECTION_KINDS[section.type]
  return (
    <form
      className="section-editor"
      aria-labelledby="section-editor-title"
      onSubmit={(e) => e.preventDefault()}
    >
      <div className="section-editor__header">
        <h2 id="section-editor-title" className="section-title" tabIndex={-1}>
          <span aria-hidden="true" className="section-icon">
            {kind.icon}
          </span>{' '}
          {kind.label}
        </h2>
        <ConfirmButton
          question={`Remove the ${kind.label} section?`}
          detail="Its text and settings go with it once saved. Branch details stay on the branch."
          confirmLabel="Remove section"
          onConfirm={onRemove}
        >
          Remove section
        </ConfirmButton>
      </div>
      <p className="muted">{kind.description}</p>
      {kind.branchFacts && (
        <p className="notice branch-facts">
          {kind.branchFacts} come from the branch, so every page that shows them stays up to date.{' '}
          <a href={branchDetailsPath(branchId)} onClick={handleLinkClick}>
            Edit the branch details
          </a>
        </p>
      )}
      <Checkbox
        label="Show this section on the page"
        checked={section.enabled}
        onChange={(enabled) => onChange({ ...section, enabled })}
      />
      <LocalizedField
        label="Heading"
        hint="Leave empty for the standard heading in the visitor’s language."
        value={section.heading}
        maxLength={120}
        onChange={(heading) => onChange({ ...section, heading })}
      />
      <SectionFields section={section} onChange={onChange} />
      <ArcsFields
        value={section.arcs}
        brandColor={brandColor}
        onChange={(arcs) => onChange({ ...section, arcs })}
      />
    </form>
  )
}
