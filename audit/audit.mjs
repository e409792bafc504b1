// Browser audit of a built peerpress site, in Debian's Chromium (no browser
// download). Usage: node audit/audit.mjs SITE_DIR SCREENSHOT_DIR BASE_URL
//
// Serves SITE_DIR on 127.0.0.1, opens every page, runs axe-core's WCAG 2.0,
// 2.1 and 2.2 A/AA rules, and checks: no request to any other host, page
// weight (HTML + CSS + images) within 30 KB, main text without JavaScript,
// every internal link and hreflang alternate resolves, Arabic pages are
// right-to-left, fallback text carries its own lang. Writes screenshots of
// each document in ar, el, ru and en at 320 and 1280 px. Exits 1 on any failure.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const [siteArg, shotDir, baseUrl] = process.argv.slice(2);
const siteDir = siteArg && path.resolve(siteArg);
if (!siteArg || !shotDir || !baseUrl) {
  console.error('usage: node audit.mjs SITE_DIR SCREENSHOT_DIR BASE_URL');
  process.exit(2);
}
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const BUDGET = 30 * 1024;
const types = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.pdf': 'application/pdf', '.png': 'image/png', '.svg': 'image/svg+xml' };

// The site is served under base_url's path (`/hiv/` for a partner publishing
// at https://example.org/hiv/), as on the partner's host: 404.html links
// absolutely, below that path.
const basePath = new URL(baseUrl).pathname.replace(/\/?$/, '/');
const inSite = (pathname) => (pathname.startsWith(basePath) ? '/' + pathname.slice(basePath.length) : null);

const server = http.createServer((req, res) => {
  const rel = inSite(decodeURIComponent(new URL(req.url, 'http://x').pathname));
  let file = rel === null ? '' : path.join(siteDir, rel);
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
  if (!file || !file.startsWith(path.resolve(siteDir)) || !fs.existsSync(file)) {
    res.writeHead(404, { 'content-type': types['.html'] });
    res.end(fs.existsSync(path.join(siteDir, '404.html')) ? fs.readFileSync(path.join(siteDir, '404.html')) : 'not found');
    return;
  }
  res.writeHead(200, { 'content-type': types[path.extname(file)] || 'application/octet-stream' });
  res.end(fs.readFileSync(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const pages = [];
(function walk(dir) {
  for (const name of fs.readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (fs.statSync(full).isDirectory()) walk(full);
    else if (name.endsWith('.html')) pages.push(path.relative(siteDir, full).split(path.sep).join('/'));
  }
})(siteDir);
const locales = fs.readdirSync(siteDir).filter((d) => fs.existsSync(path.join(siteDir, d, 'index.html')) && d !== 'status');

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const failures = [];
let violations = 0, thirdParty = 0, broken = 0, heaviest = { bytes: 0, page: '' };
const fail = (page, what) => { failures.push(`${page}: ${what}`); };

for (const rel of pages) {
  const url = `${origin}${basePath}${rel}`;
  // The pages' own CSP forbids scripts; only the audit's axe-core may run.
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  let bytes = 0;
  page.on('request', (request) => {
    const u = new URL(request.url());
    if (u.origin !== origin && !u.protocol.startsWith('data')) { thirdParty++; fail(rel, `request to another host: ${request.url()}`); }
  });
  page.on('response', async (response) => {
    try { bytes += (await response.body()).length; } catch { /* redirects have no body */ }
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(50);
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } }));
  for (const v of result.violations) {
    violations += v.nodes.length;
    fail(rel, `axe ${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')}`);
  }
  const facts = await page.evaluate(() => {
    const html = document.documentElement;
    const main = document.querySelector('main');
    const pageLang = html.getAttribute('lang');
    return {
      lang: pageLang,
      dir: html.getAttribute('dir'),
      alternates: [...document.querySelectorAll('link[rel=alternate][hreflang]')].map((l) => [l.hreflang, l.getAttribute('href')]),
      links: [...document.querySelectorAll('a[href], link[rel=stylesheet]')].map((a) => a.getAttribute('href')),
      notice: !!document.querySelector('.notice'),
      fallback: main ? [...main.querySelectorAll('article [lang]')].filter((e) => !e.closest('.sources')).length : 0,
    };
  });
  if (!facts.lang) fail(rel, 'no lang on <html>');
  if (facts.lang === 'ar' && facts.dir !== 'rtl') fail(rel, 'Arabic page without dir="rtl"');
  if (facts.notice && facts.fallback === 0) fail(rel, 'says parts are untranslated but marks no fallback text with lang');
  const isDoc = /^[^/]+\/[^/]+\/index\.html$/.test(rel) && !rel.startsWith('status/');
  if (isDoc || /^[^/]+\/index\.html$/.test(rel) && !rel.startsWith('status/')) {
    const want = new Set([...locales, 'x-default']);
    const have = new Set(facts.alternates.map(([l]) => l));
    for (const l of want) if (!have.has(l)) fail(rel, `no hreflang alternate for ${l}`);
  }
  for (const [, href] of facts.alternates) {
    if (!href.startsWith(baseUrl)) { fail(rel, `alternate outside base_url: ${href}`); continue; }
    const local = path.join(siteDir, href.slice(baseUrl.length), href.endsWith('/') ? 'index.html' : '');
    if (!fs.existsSync(local)) { broken++; fail(rel, `hreflang alternate does not resolve: ${href}`); }
  }
  for (const href of facts.links) {
    if (/^(https?:|mailto:|tel:|#)/.test(href)) continue;
    const target = inSite(decodeURIComponent(new URL(href, url).pathname));
    if (target === null || !fs.existsSync(path.join(siteDir, target))) { broken++; fail(rel, `broken link ${href}`); }
  }
  if (isDoc && bytes > BUDGET) fail(rel, `weighs ${bytes} bytes, over the ${BUDGET}-byte budget`);
  if (bytes > heaviest.bytes) heaviest = { bytes, page: rel };
  await context.close();

  // Without JavaScript the main text is all there.
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const bare = await noJs.newPage();
  await bare.goto(url, { waitUntil: 'load' });
  const mainText = (await bare.locator('main').count()) ? (await bare.textContent('main')) || '' : '';
  if (mainText.trim().length < 20) fail(rel, 'main text missing without JavaScript');
  await noJs.close();
}

fs.mkdirSync(shotDir, { recursive: true });
let shots = 0;
for (const locale of ['ar', 'el', 'ru', 'en'].filter((l) => locales.includes(l))) {
  for (const rel of pages.filter((p) => p.startsWith(`${locale}/`) && p.split('/').length === 3)) {
    const doc = rel.split('/')[1];
    for (const width of [320, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${origin}${basePath}${rel}`, { waitUntil: 'load' });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
      if (overflow) fail(rel, `content wider than the ${width}px viewport (cut off or scrolls sideways)`);
      await page.screenshot({ path: path.join(shotDir, `${locale}_${doc}_${width}.png`), fullPage: true });
      shots++;
      await context.close();
    }
  }
}
await browser.close();
server.close();

for (const f of failures) console.log(`FAIL ${f}`);
console.log(`audit: ${pages.length} pages, ${violations} accessibility violations, ${thirdParty} third-party requests, ${broken} broken links, heaviest page ${(heaviest.bytes / 1024).toFixed(1)} KB (${heaviest.page}), ${shots} screenshots in ${shotDir}`);
process.exit(failures.length ? 1 : 0);
