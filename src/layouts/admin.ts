// The editor's page at /admin/: the CMS draws the whole page, so the shell is a head and the scripts.
import { html, type SafeHtml } from "../lib/html.ts";

export interface AdminPageProps {
  /** `<html lang>`. */
  language: string;
  title: string;
  /** The page's Content-Security-Policy (src/seo/csp.ts `adminContentSecurityPolicy`). */
  csp: string;
  /** Script URLs in load order: the setup script first, then the CMS bundle. */
  scripts: readonly string[];
  /** The site's favicon (a PNG). */
  icon?: string;
  /** Shown when scripting is off. */
  noscript: string;
}

export function adminPage(props: AdminPageProps): SafeHtml {
  return html`<!doctype html>
<html lang="${props.language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${props.csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${props.title}</title>
${props.icon ? html`<link rel="icon" href="${props.icon}" type="image/png">
` : ""}${props.scripts.map((src) => html`<script src="${src}"></script>\n`)}</head>
<body>
<noscript><p>${props.noscript}</p></noscript>
</body>
</html>
`;
}
