// SPDX-License-Identifier: EUPL-1.2
/**
 * The one stylesheet of the static edition (`site.css`). System fonts, logical properties (so
 * Arabic and Persian pages mirror by themselves), colours with at least 4.5:1 contrast, visible
 * focus, reflow down to 320 px, and a print layout that shows the QR code and link targets.
 */
export const SITE_CSS = `*,*::before,*::after{box-sizing:border-box}
html{color:#1a1a1a;background:#fff;font:1rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Arabic",Tahoma,sans-serif;-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0 auto;max-inline-size:48rem;padding:0 1rem 2rem;overflow-wrap:anywhere}
a{color:#0b4f9c;text-underline-offset:.15em}
a:visited{color:#5a2d82}
a:focus-visible{outline:3px solid #0b4f9c;outline-offset:2px;border-radius:2px}
h1,h2,h3{line-height:1.25;margin-block:1.5rem .5rem}
h1{font-size:1.75rem}h2{font-size:1.35rem}h3{font-size:1.1rem}
ul{padding-inline-start:1.25rem}
.skip{position:absolute;inset-inline-start:1rem;inset-block-start:-4rem;background:#fff;padding:.5rem 1rem}
.skip:focus{inset-block-start:.5rem}
header.site{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:baseline;justify-content:space-between;border-block-end:1px solid #767676;padding-block:.75rem}
.site__name{margin:0;font-weight:700}
.site__name a{color:inherit;text-decoration:none}
.languages ul,.crumbs ol,.links{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1rem}
.languages a{display:inline-block;padding-block:.25rem;min-block-size:44px;line-height:2.25rem}
.languages a[aria-current]{font-weight:700;color:inherit;text-decoration:none}
.crumbs{margin-block:.75rem 0;font-size:.95rem}
.crumbs li:not(:last-child)::after{content:"›";margin-inline-start:1rem;color:#595959}
.built{color:#595959;margin-block:0 1rem}
.status{font-weight:600;margin:0}
.status--open{color:#1b6b2f}
.status--inactive{color:#8a3b00}
.points{list-style:none;padding:0;margin:0}
.points li{display:flex;flex-direction:column;padding-block:.6rem;border-block-end:1px solid #d6d6d6}
.points a{font-weight:600;font-size:1.05rem}
.address{color:#3d3d3d}
.facts{margin:1rem 0;display:grid;gap:.6rem}
.fact{display:grid;grid-template-columns:minmax(0,9rem) minmax(0,1fr);gap:.25rem 1rem}
.fact dt{font-weight:600}.fact dd{margin:0}
.lines{list-style:none;margin:0;padding:0}
address{font-style:normal}
.maplink,.links a{display:inline-block;min-block-size:24px}
.offer{border-block-start:1px solid #d6d6d6;margin-block-start:1rem}
.print-only,.qr{display:none}
footer.site{margin-block-start:2.5rem;border-block-start:1px solid #767676;color:#3d3d3d;font-size:.95rem}
footer.site p{margin-block:.4rem}
@media (max-width:30rem){.fact{grid-template-columns:minmax(0,1fr)}}
@media (forced-colors:active){.status{forced-color-adjust:auto}}
@media print{
@page{margin:1.5cm}
html{font-size:11pt}
body{max-inline-size:none;padding:0}
.skip,nav,.maplink,.status,.built{display:none}
header.site{border:0}
a{color:inherit;text-decoration:none}
.print-only{display:inline}
/* the QR code sits at the top corner of the first page, beside the name (it comes last in the
   source so text browsers and screen readers meet the name and address first) */
.point{position:relative}
.point>h1,.point>.where{margin-inline-end:4.5cm}
.qr{display:block;position:absolute;inset-block-start:0;inset-inline-end:0;inline-size:4cm;margin:0;font-size:8pt;text-align:center}
.qr__code{display:block;inline-size:4cm;block-size:4cm}
.offer{break-inside:avoid}
}
`;
