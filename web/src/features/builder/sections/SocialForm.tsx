import type { SectionFormProps } from './form-props.ts'

export function SocialForm(_props: SectionFormProps<'social'>) {
  return <p className="muted">This section has no settings of its own beyond its heading.</p>
}
