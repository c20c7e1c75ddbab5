// The beacon every live microsite page carries (allowed by its hash in the page's CSP). It
// reports what a visitor does, never who they are: no cookie, no storage, no identifier, and
// nothing at all when the browser sends Do-Not-Track or Global Privacy Control. Each action is
// one `navigator.sendBeacon` (text/plain JSON, see BeaconPayload) to the page's own origin;
// pages work exactly the same without it. The page names its tenant and site in
// <body data-vt data-vs>; sections carry their type in data-s.

/** Where the beacon posts: same origin on our host and on tenants' hostnames alike. */
export const COLLECT_PATH = '/a/collect'

/**
 * Actions: call (tel:), whatsapp (wa.me, api.whatsapp.com), email (mailto:), directions (the
 * map links the page renders: Google Maps directions, OpenStreetMap), outbound (any other
 * site), section_view (a section reaching the upper 60% of the viewport, once per section and
 * page load), form_start (first focus in a form), form_submit. vCards are counted by the
 * server when it serves them, so the beacon leaves those links alone.
 * Payload (BeaconPayload): t tenant id, s site id, p path, a action, g target (a link's host;
 * a section's or form's section type), q the page's query string (the server keeps only its
 * UTM fields and `qr`), r the referring host.
 */
export const BEACON_SCRIPT =
  '((d,n,l)=>{let h=d.body.dataset,r=d.referrer&&new URL(d.referrer).hostname,' +
  "s=e=>e.closest('[data-s]')?.dataset.s," +
  `b=(a,g)=>n.sendBeacon('${COLLECT_PATH}',JSON.stringify({t:h.vt,s:h.vs,p:l.pathname,a,g,q:l.search.slice(0,500),r})),` +
  'o=(t,f)=>d.addEventListener(t,f,!0);' +
  'if(n.doNotTrack==1||n.globalPrivacyControl)return;' +
  "o('click',e=>{let a=e.target.closest('a[href]'),t,c=a&&({'tel:':'call','mailto:':'email'}[a.protocol]||" +
  "(/^(wa\\.me|api\\.whatsapp\\.com)$/.test(t=a.hostname)?'whatsapp':" +
  "/^www\\.(google\\.com\\/maps|openstreetmap\\.org)/.test(t+a.pathname)?'directions':" +
  "/^http/.test(a.protocol)&&t!=l.hostname&&'outbound'));c&&b(c,t)});" +
  "o('focusin',e=>{let f=e.target.form;f&&!f.vb&&(f.vb=1,b('form_start',s(f)))});" +
  "o('submit',e=>b('form_submit',s(e.target)));" +
  'let i=new IntersectionObserver(z=>z.forEach(e=>e.isIntersecting&&' +
  "(i.unobserve(e.target),b('section_view',e.target.dataset.s))),{rootMargin:'0% 0% -40%'});" +
  "d.querySelectorAll('[data-s]').forEach(e=>i.observe(e))})(document,navigator,location)"
