/** Inline critical CSS for every microsite: mobile first, logical properties for RTL. */
export const MICROSITE_CSS = `*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2933;background:#f7f7f5}
header{background:var(--brand);color:#fff;padding:2rem 1.25rem 2.5rem}
header p{margin:.25rem 0 0;opacity:.92}h1{margin:0;font-size:1.75rem;line-height:1.2}
main{max-width:40rem;margin:-1.25rem auto 2rem;padding:0 1rem}
section{background:#fff;border-radius:.75rem;padding:1.25rem;margin-block-end:1rem;box-shadow:0 1px 3px rgba(0,0,0,.08)}
h2{margin:0 0 .75rem;font-size:1.2rem}.actions{display:flex;flex-wrap:wrap;gap:.5rem;padding:0;margin:0;list-style:none}
.actions a{display:inline-block;padding:.6rem 1rem;border-radius:999px;background:var(--brand);color:#fff;text-decoration:none;font-weight:600}
label{display:block;font-weight:600;margin-block-start:.75rem}
input,textarea{width:100%;padding:.65rem;border:1px solid #9aa5b1;border-radius:.5rem;font:inherit}
textarea{min-height:6rem}button{margin-block-start:1rem;padding:.75rem 1.25rem;border:0;border-radius:.5rem;background:var(--brand);color:#fff;font:inherit;font-weight:700;cursor:pointer}
:focus-visible{outline:3px solid #f59e0b;outline-offset:2px}.hp{position:absolute;inset-inline-start:-9999px}
.note{color:#52606d;font-size:.9rem}footer{text-align:center;color:#52606d;font-size:.8rem;padding-block-end:2rem}`
