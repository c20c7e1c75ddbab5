import type { ReactNode } from 'react'

/** The frame of the signed-out account pages: the product name, one narrow column, one heading. */
export function AccountLayout({ title, children }: { title: string; children: ReactNode }) {
  return (
    <>
      <header className="app-header app-header--plain">
        <p className="brand">Vitrine</p>
      </header>
      <main id="main" className="page page--narrow">
        <h1 tabIndex={-1}>{title}</h1>
        {children}
      </main>
    </>
  )
}
