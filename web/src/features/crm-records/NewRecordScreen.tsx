import type { ReactNode } from 'react'
import { BackLink } from '../../app/components/BackLink.tsx'

interface Props {
  title: string
  back: { to: 'contacts' | 'companies'; label: string }
  /** Why the custom fields could not be offered, if they could not. */
  fieldsError: string
  /** The form. */
  children: ReactNode
}

/** The page around a new contact's or company's form. */
export function NewRecordScreen({ title, back, fieldsError, children }: Props) {
  return (
    <>
      <BackLink to={back.to}>{back.label}</BackLink>
      <h1 tabIndex={-1}>{title}</h1>
      {fieldsError && (
        <p role="alert" className="notice notice--error">
          Could not load the custom fields. {fieldsError}
        </p>
      )}
      {children}
    </>
  )
}
