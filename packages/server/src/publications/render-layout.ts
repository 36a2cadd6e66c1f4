import { html, type SafeHtml } from './html.ts';

export const ASSETS = '/trasparenza/assets';
export const ACCESSIBILITY_PATH = '/trasparenza/accessibilita';

export type Crumb = { label: string; href?: string };

/**
 * The frame of every public page: lang="it", a skip link, header, breadcrumbs, one <main>, footer
 * with the accessibility statement. No script at all (the CSP forbids inline ones; none are needed).
 */
export function renderLayout(page: {
  title: string;
  organization: { name: string; href: string } | null;
  crumbs: Crumb[];
  main: SafeHtml;
}): string {
  const brand = page.organization?.name ?? 'Amministrazione Trasparente';
  const last = page.crumbs.length - 1;
  return `<!doctype html>${html`<html lang="it">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title} – ${brand}</title>
<link rel="stylesheet" href="${ASSETS}/bi/css/bootstrap-italia.min.css">
<link rel="stylesheet" href="${ASSETS}/trasparenza.css">
</head>
<body>
<div class="skiplinks"><a class="visually-hidden-focusable" href="#contenuto">Vai al contenuto principale</a></div>
<header class="it-header-wrapper">
  <div class="it-header-slim-wrapper">
    <div class="container"><div class="row"><div class="col-12"><div class="it-header-slim-wrapper-content">
      <span class="navbar-brand">Amministrazione Trasparente</span>
    </div></div></div></div>
  </div>
  <div class="it-header-center-wrapper">
    <div class="container"><div class="row"><div class="col-12"><div class="it-header-center-content-wrapper">
      <div class="it-brand-wrapper">
        ${
          page.organization
            ? html`<a href="${page.organization.href}"><div class="it-brand-text"><div class="it-brand-title">${brand}</div><div class="it-brand-tagline">Amministrazione Trasparente › Performance</div></div></a>`
            : html`<div class="it-brand-text"><div class="it-brand-title">${brand}</div></div>`
        }
      </div>
    </div></div></div></div>
  </div>
</header>
<div class="container">
  <nav class="breadcrumb-container" aria-label="Percorso di navigazione">
    <ol class="breadcrumb">
      ${page.crumbs.map((c, i) =>
        i === last || !c.href
          ? html`<li class="breadcrumb-item active" aria-current="page">${c.label}</li>`
          : html`<li class="breadcrumb-item"><a href="${c.href}">${c.label}</a><span class="separator">/</span></li>`,
      )}
    </ol>
  </nav>
</div>
<main id="contenuto" class="container pb-5" tabindex="-1">
${page.main}
</main>
<footer class="it-footer">
  <div class="it-footer-main"><div class="container py-4">
    <p class="mb-2">${brand} – sezione Amministrazione Trasparente, sottosezione Performance (D.Lgs. 33/2013, art. 10 e 20).</p>
    <p class="mb-0"><a class="text-white" href="${ACCESSIBILITY_PATH}">Dichiarazione di accessibilità</a></p>
  </div></div>
</footer>
</body>
</html>`}`;
}
