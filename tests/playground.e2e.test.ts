import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { type Stack, startStack } from '@ehelse/test-kit';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const SOURCES = path.join(__dirname, '..', 'gateway', 'playground');
const BUNDLE = path.join(__dirname, '..', 'gateway', 'dist', 'playground', 'playground.js');

/** `npm test` does not build: bundle the playground here when it is missing or older than its sources. */
function ensureBundle() {
  const built = existsSync(BUNDLE) ? statSync(BUNDLE).mtimeMs : 0;
  const newest = Math.max(
    ...readdirSync(SOURCES).map((file) => statSync(path.join(SOURCES, file)).mtimeMs),
  );
  if (built < newest)
    execFileSync(process.execPath, [path.join(SOURCES, 'build.js')], { stdio: 'pipe' });
}

const QUERY =
  'query PlaygroundE2E { project(id: "107") { name agendaItemsConnection(first: 5) { edges { node { number meeting { number } } } } } }';

const hasChromium = existsSync(CHROMIUM);
const describeInBrowser = hasChromium ? describe : describe.skip;
const skipped = hasChromium
  ? ''
  : ` (skipped: no browser at ${CHROMIUM}; apt-get install -y chromium)`;
if (!hasChromium) console.warn(`playground end-to-end tests${skipped}`);

describeInBrowser(`GraphiQL playground served by the gateway${skipped}`, () => {
  let stack: Stack;
  let browser: Browser;
  let page: Page;
  let pageUrl: string;
  const problems: string[] = [];

  beforeAll(async () => {
    ensureBundle();
    stack = await startStack('sqljs', 'playground');
    pageUrl = new URL('/', stack.gatewayUrl).href;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const origin = new URL(pageUrl).origin;
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
    page.on('request', (request) => {
      // A closed network: everything must come from the gateway itself (no CDN).
      if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) {
        problems.push(`external request: ${request.url()}`);
      }
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('serves the page and its bundle with the right content types', async () => {
    const html = await fetch(pageUrl);
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await html.text()).toContain('playground.js');
    for (const [file, type] of [
      ['playground.js', /javascript/],
      ['playground.css', /^text\/css/],
      ['workers/graphql.worker.js', /javascript/],
    ] as const) {
      const response = await fetch(new URL(file, pageUrl));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(type);
      await response.arrayBuffer();
    }
  });

  it('runs a cross-domain query typed into the editor', async () => {
    await page.goto(pageUrl);
    const editor = page.locator('.graphiql-query-editor .monaco-editor');
    await editor.waitFor({ timeout: 30_000 });
    await editor.click({ position: { x: 80, y: 15 } });
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText(QUERY);
    // The tab is renamed once GraphiQL has parsed the new operation; run only then.
    await page.locator('.graphiql-tab-active', { hasText: 'PlaygroundE2E' }).waitFor();
    await page.keyboard.press('Control+Enter');

    const response = page.locator('.graphiql-response');
    await response.getByText('Helsedataprogrammet').waitFor({ timeout: 20_000 });
    const text = await response.innerText();
    expect(text).toContain('Helsedataprogrammet');
    expect(text).toContain('23/19');
    expect(text).not.toContain('"errors"');
  });

  it('documents the schema through introspection of /graphql', async () => {
    await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
    const docs = page.locator('.graphiql-doc-explorer');
    await docs.getByText('Query', { exact: true }).first().click();
    await docs.getByText('portfolioSummary', { exact: true }).first().waitFor();
  });

  it('offers the saved examples, opening one in a new tab', async () => {
    await page.getByRole('button', { name: 'Show Examples' }).click();
    await page.getByRole('button', { name: /Council members on a date/ }).click();
    await page.locator('.graphiql-tab-active', { hasText: 'CouncilMembers' }).waitFor();
    await page.locator('.graphiql-execute-button').click();
    await page
      .locator('.graphiql-response', { hasText: 'memberships' })
      .waitFor({ timeout: 20_000 });
  });

  it('loads everything from the gateway, without errors', () => {
    expect(problems).toEqual([]);
  });
});
