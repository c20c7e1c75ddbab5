import { type FormEvent, useEffect, useId, useRef } from 'react'
import { staticContent } from '../../../../worker/modules/qr/static/encode.ts'
import type { Session } from '../../api/auth.ts'
import type { Branch, Brand } from '../brands/brands-api.ts'
import { humanPath } from '../brands/useSave.ts'
import { AccessFields, UtmFields } from './AccessFields.tsx'
import { BasicsFields } from './BasicsFields.tsx'
import { ArchiveCode, CodeSummary } from './CodeSummary.tsx'
import { DesignPanel } from './DesignPanel.tsx'
import { DownloadsPanel } from './DownloadsPanel.tsx'
import { PayloadFields } from './PayloadFields.tsx'
import { QrPreview } from './QrPreview.tsx'
import type { QrCode } from './qr-api.ts'
import { type QrDraft, toPayload } from './qr-draft.ts'
import { previewLabel } from './qr-format.ts'
import { RulesEditor } from './RulesEditor.tsx'
import { TargetFields } from './TargetFields.tsx'
import { useQrEditor } from './useQrEditor.ts'

// What an unsaved dynamic code will say: a short link of the same length as the real one, so
// the preview has the same number of modules.
const UNSAVED_LINK = () => `${location.origin}/q/XXXXXXXX`

function preview(draft: QrDraft, saved: QrCode | null): { content: string; label: string } {
  if (draft.kind === 'dynamic') {
    if (!saved)
      return {
        content: UNSAVED_LINK(),
        label: 'Preview of the new QR code; its short link is made when you save',
      }
    return { content: saved.content, label: previewLabel({ ...saved, label: draft.label || saved.label }) }
  }
  return {
    content: staticContent(toPayload(draft.kind, draft.payloads)),
    label: `Preview of the QR code “${draft.label || 'new code'}”`,
  }
}

/** One code's form beside its live preview and downloads. */
export function QrEditor({
  code,
  created = false,
  branches,
  brands,
  session,
  onSessionExpired,
}: {
  code: QrCode | null
  /** The code was made a moment ago on the "new" screen. */
  created?: boolean
  branches: readonly Branch[]
  brands: readonly Brand[]
  session: Session
  onSessionExpired: () => void
}) {
  const id = useId()
  const headingRef = useRef<HTMLHeadingElement>(null)
  // The "new" screen was replaced by this one while focus was on its form: start again here.
  useEffect(() => {
    if (created) headingRef.current?.focus()
  }, [created])
  const editor = useQrEditor({ code, branches, brands, onUnauthorized: onSessionExpired })
  const { draft, saved, save, errors } = editor
  const canManage = session.permissions.includes('qr.manage')
  const shown = preview(draft, saved)
  const problems = editor.designErrors.size
  const advice = editor.designWarnings.size

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    editor.submit()
  }

  return (
    <>
      <div className="page-header">
        <h1 tabIndex={-1} ref={headingRef} aria-describedby={created ? `${id}-created` : undefined}>
          {saved?.label ?? 'New QR code'}
        </h1>
      </div>
      {created && (
        <p id={`${id}-created`} className="notice">
          QR code created. Download it here, or keep designing and save again.
        </p>
      )}
      {saved && (
        <CodeSummary code={saved} canManage={canManage} pending={save.pending} onStatus={editor.setStatus} />
      )}
      <div className="qr-editor">
        <aside className="qr-editor__aside" aria-label="Preview and downloads">
          <div className="qr-editor__preview">
            <QrPreview
              content={shown.content}
              design={draft.design}
              logoUrl={draft.design.logoMediaId ? draft.logoUrl : null}
              size={240}
              label={shown.label}
            />
            <p role="status" className={problems ? 'field-error' : advice ? 'qr-warning-text' : 'muted'}>
              {problems
                ? `The design has ${problems === 1 ? 'a problem' : `${problems} problems`}: see the marked fields.`
                : advice
                  ? `The design scans, with ${advice === 1 ? 'one warning' : `${advice} warnings`}.`
                  : 'The design scans well.'}
            </p>
          </div>
          {saved && (
            <DownloadsPanel qrCodeId={saved.id} unsaved={editor.dirty} onUnauthorized={onSessionExpired} />
          )}
        </aside>
        <form
          className="form qr-editor__form"
          aria-labelledby={`${id}-title`}
          aria-busy={save.pending}
          onSubmit={submit}
          noValidate
        >
          <h2 id={`${id}-title`}>{saved ? 'Edit the code' : 'Make a code'}</h2>
          <div role="alert" className="form-error">
            {save.formError && (
              <>
                <p>{save.formError}</p>
                {save.errors.size > 0 && (
                  <ul>
                    {[...save.errors].map(([path, message]) => (
                      <li key={path}>
                        {humanPath(path)}: {message}
                      </li>
                    ))}
                  </ul>
                )}
              </>
            )}
          </div>
          {!canManage && (
            <p className="notice">You can view this code; changing it needs an owner, admin or manager.</p>
          )}
          <fieldset className="qr-editor__fields" disabled={!canManage}>
            <BasicsFields
              draft={draft}
              set={editor.set}
              setBranch={editor.setBranch}
              branches={branches}
              errors={errors}
              kindFixed={saved !== null}
            />
            {draft.kind === 'dynamic' ? (
              <>
                <TargetFields
                  legend="Destination"
                  value={draft.target}
                  onChange={(target) => editor.set({ target })}
                  branches={branches}
                  path="target"
                  errors={errors}
                />
                <RulesEditor
                  rules={draft.rules}
                  onChange={(rules) => editor.set({ rules })}
                  branches={branches}
                  defaultBranchId={draft.branchId}
                  errors={errors}
                />
                <UtmFields draft={draft} set={editor.set} errors={errors} />
                <AccessFields
                  draft={draft}
                  set={editor.set}
                  errors={errors}
                  passwordSaved={saved?.passwordProtected ?? false}
                />
              </>
            ) : (
              <PayloadFields
                kind={draft.kind}
                payloads={draft.payloads}
                onChange={(payloads) => editor.set({ payloads })}
                errors={errors}
              />
            )}
            <DesignPanel
              design={draft.design}
              onChange={editor.setDesign}
              logoUrl={draft.logoUrl}
              onLogo={editor.setLogo}
              errors={errors}
              warnings={editor.designWarnings}
              brandColors={editor.applyBrand}
            />
          </fieldset>
          {canManage && (
            <div className="button-row qr-editor__save">
              <button type="submit" className="button button--primary" aria-disabled={save.pending}>
                {save.pending ? 'Saving…' : saved ? 'Save changes' : 'Create QR code'}
              </button>
              <p role="status" className="brand-section__status">
                {save.status}
              </p>
            </div>
          )}
        </form>
      </div>
      {saved && canManage && <ArchiveCode code={saved} onUnauthorized={onSessionExpired} />}
    </>
  )
}
