import type { SectionOf, SectionType } from '../../../../../worker/modules/sites/content/sections.ts'

export interface SectionFormProps<T extends SectionType> {
  section: SectionOf<T>
  onChange: (section: SectionOf<T>) => void
}

/** A setter for some of a section's fields, keeping the rest. */
export const patcher =
  <T extends SectionType>({ section, onChange }: SectionFormProps<T>) =>
  (patch: Partial<SectionOf<T>>) =>
    onChange({ ...section, ...patch })
