// Renders assets/icon.svg to the PNG sizes the packagers need, with the system's Chromium (no browser download):
//   assets/icons/<size>x<size>.png for 16 … 1024 px, and assets/icon.png (512 px).
// Usage: node scripts/make-icons.mjs   (CHROMIUM_PATH overrides /usr/bin/chromium)
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const SIZES = [16, 32, 48, 64, 128, 256, 512, 1024];
const MAIN_ICON_SIZE = 512;

const assetsDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets');
const iconsDir = join(assetsDir, 'icons');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const svg = await readFile(join(assetsDir, 'icon.svg'));
const svgUrl = `data:image/svg+xml;base64,${svg.toString('base64')}`;

const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});

try {
  await mkdir(iconsDir, { recursive: true });
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<!doctype html><html><body style="margin:0;background:transparent">` +
        `<img src="${svgUrl}" width="${size}" height="${size}" style="display:block"></body></html>`,
    );
    await page.locator('img').evaluate((image) => image.decode());
    const png = await page.screenshot({
      omitBackground: true,
      clip: { x: 0, y: 0, width: size, height: size },
    });
    const file = join(iconsDir, `${size}x${size}.png`);
    await writeFile(file, png);
    if (size === MAIN_ICON_SIZE) await writeFile(join(assetsDir, 'icon.png'), png);
    console.log(`${file} (${png.byteLength} bytes)`);
  }
} finally {
  await browser.close();
}
