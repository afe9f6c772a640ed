import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium } from 'playwright-core';

/**
 * Flags for Debian's Chromium on a server (ADR 0021): no sandbox (containers, root), and no
 * background connections, which a closed network refuses many at a time.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** `command -v chromium`, else Debian's path; Playwright's own browser download is not used. */
export function chromiumPath(path = process.env.PATH ?? ''): string {
  for (const dir of path.split(delimiter).filter(Boolean)) {
    const candidate = join(dir, 'chromium');
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return '/usr/bin/chromium';
}

const FOOTER = `<div style="width:100%;font-size:8pt;color:#666;text-align:center;">— <span class="pageNumber"></span> —</div>`;

/** Prints the HTML report to an A4 PDF with page numbers; the browser lives for one report. */
export async function printPdf(html: string): Promise<Buffer> {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage();
    // Everything is inline (styles, SVG charts): nothing to fetch.
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: FOOTER,
      margin: { top: '22mm', bottom: '20mm', left: '18mm', right: '18mm' },
      preferCSSPageSize: false,
    });
  } finally {
    await browser.close();
  }
}
