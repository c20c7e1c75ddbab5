/** @jsxImportSource hono/jsx */
// The page shell: head (meta, the one stylesheet, JSON-LD), language switcher, main, footer,
// and the page's scripts last. Body HTML arrives already rendered, so the stylesheet can hold
// only what the body turned out to use.
import { raw } from 'hono/html'
import type { HeadMeta } from '../seo/page-meta.ts'

export interface LanguageLink {
  code: string
  name: string
  href: string
  current: boolean
}

export interface DocumentProps {
  language: string
  dir: 'ltr' | 'rtl'
  meta: HeadMeta
  css: string
  scripts: readonly string[]
  themeColor: string
  icon: string | null
  languages: LanguageLink[]
  languageLabel: string
  /** An <h1> in a plain header, for pages whose sections carry none. */
  header: string | null
  body: string
  footer: string
  /** The tenant and site the page's beacon reports for (live pages only; never a preview). */
  analytics?: { tenantId: string; siteId: string }
}

function Head({ props }: { props: DocumentProps }) {
  const { meta } = props
  return (
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width,initial-scale=1" />
      <title>{meta.title}</title>
      <meta name="description" content={meta.description} />
      {meta.noindex ? <meta name="robots" content="noindex" /> : null}
      <link rel="canonical" href={meta.canonical} />
      {meta.alternates.map((a) => (
        <link rel="alternate" hreflang={a.hreflang} href={a.href} />
      ))}
      <meta name="theme-color" content={props.themeColor} />
      {/* Without a logo, an empty icon spares the browser a /favicon.ico request that would 404. */}
      <link rel="icon" href={props.icon ?? 'data:,'} />
      <meta property="og:type" content="website" />
      <meta property="og:title" content={meta.title} />
      <meta property="og:description" content={meta.description} />
      <meta property="og:url" content={meta.canonical} />
      <meta property="og:site_name" content={meta.siteName} />
      <meta property="og:locale" content={meta.locale} />
      {meta.image ? <meta property="og:image" content={meta.image} /> : null}
      <meta name="twitter:card" content={meta.image ? 'summary_large_image' : 'summary'} />
      <style>{raw(props.css)}</style>
      {meta.jsonLd ? <script type="application/ld+json">{raw(meta.jsonLd)}</script> : null}
    </head>
  )
}

export async function renderDocument(props: DocumentProps): Promise<string> {
  const page = (
    <html lang={props.language} dir={props.dir}>
      <Head props={props} />
      <body data-vt={props.analytics?.tenantId} data-vs={props.analytics?.siteId}>
        {props.languages.length > 1 ? (
          <nav class="tb w" aria-label={props.languageLabel}>
            {props.languages.map((l) => (
              <a href={l.href} hreflang={l.code} lang={l.code} aria-current={l.current ? 'page' : undefined}>
                {l.name}
              </a>
            ))}
          </nav>
        ) : null}
        <main class="w">
          {props.header ? (
            <header class="s hd">
              <h1>{props.header}</h1>
            </header>
          ) : null}
          {raw(props.body)}
        </main>
        <footer class="w">{props.footer}</footer>
        {props.scripts.map((script) => (
          <script>{raw(script)}</script>
        ))}
      </body>
    </html>
  )
  return `<!doctype html>${await page.toString()}`
}
