/** @jsxImportSource hono/jsx */
import { raw } from 'hono/html'
import { sha256Base64 } from '../../../lib/crypto.ts'
import { LANGUAGES, type LanguageCode } from '../content/languages.ts'

const STYLE =
  'body{margin:0;font:16px/1.5 system-ui,sans-serif;color:#1f2933;background:#f7f7f5}main{max-width:32rem;margin:3rem auto;padding:1.5rem;background:#fff;border-radius:.75rem}h1{font-size:1.5rem;margin-top:0}a{color:#0f766e}'

export interface StatusView {
  title: string
  message: string
  items?: string[]
  backHref?: string
  /** The back link's text in the page's language. */
  backLabel?: string
  language?: string
}

const directionOf = (language: string) =>
  Object.hasOwn(LANGUAGES, language) ? LANGUAGES[language as LanguageCode].dir : 'ltr'

/** Small no-JS pages for visitors: not found, gone, thank you, please fix these fields. Never indexed. */
export async function renderStatusPage(view: StatusView): Promise<{ html: string; csp: string }> {
  const page = (
    <html lang={view.language ?? 'en'} dir={directionOf(view.language ?? 'en')}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width,initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{view.title}</title>
        <style>{raw(STYLE)}</style>
      </head>
      <body>
        <main>
          <h1>{view.title}</h1>
          <p>{view.message}</p>
          {view.items?.length ? (
            <ul>
              {view.items.map((item) => (
                <li>{item}</li>
              ))}
            </ul>
          ) : null}
          {view.backHref ? <a href={view.backHref}>{view.backLabel ?? 'Back'}</a> : null}
        </main>
      </body>
    </html>
  )
  const csp = `default-src 'none'; style-src 'sha256-${await sha256Base64(STYLE)}'; base-uri 'none'; frame-ancestors 'none'`
  return { html: `<!doctype html>${await page.toString()}`, csp }
}
