// The only scripts a page may carry, each allowed by its SHA-256 in the page's CSP. All are
// progressive: without them every form still posts and every fact is still on the page.

/** Gives each form a per-render idempotency key; without it the server derives one from the content. */
export const IDEMPOTENCY_SCRIPT =
  "if(self.crypto&&crypto.randomUUID)document.querySelectorAll('input[name=idempotencyKey]').forEach(function(i){i.value=crypto.randomUUID()})"

/**
 * Fills the "Open now / Closed now" badge from the hours in its data-oh attribute, in the
 * branch's time zone: a cached page cannot know the time it will be read at.
 * data-oh = {z: zone, w: {mon: [[open, close]]…}, x: {date: intervals}, c: [[from, until]], o, n: labels}
 */
export const OPEN_NOW_SCRIPT =
  "document.querySelectorAll('[data-oh]').forEach(function(e){try{var h=JSON.parse(e.getAttribute('data-oh')),p={};" +
  "new Intl.DateTimeFormat('en-US',{timeZone:h.z,weekday:'short',year:'numeric',month:'2-digit',day:'2-digit',hour:'2-digit',minute:'2-digit',hourCycle:'h23'}).formatToParts(new Date).forEach(function(x){p[x.type]=x.value});" +
  "var d=p.year+'-'+p.month+'-'+p.day,t=p.hour+':'+p.minute,i=h.x[d]||(h.c.some(function(c){return d>=c[0]&&d<=c[1]})?[]:h.w[p.weekday.slice(0,3).toLowerCase()]||[])," +
  'o=i.some(function(v){return v[0]<v[1]?t>=v[0]&&t<v[1]:t>=v[0]||t<v[1]});' +
  "e.textContent=o?h.o:h.n;e.className+=o?' on':' off';e.hidden=false}catch(_){}})"

/**
 * Fills a saved form's hidden UTM fields from the page's address: a cached page cannot know the
 * campaign a visitor came from. Without it the server reads them from the Referer.
 */
export const UTM_SCRIPT =
  "var q=new URLSearchParams(location.search);document.querySelectorAll('input[data-utm]').forEach(function(i){var v=q.get(i.getAttribute('data-utm'));if(v)i.value=v.slice(0,200)})"
