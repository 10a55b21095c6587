// Helpers for the apps' Playwright journeys (e2e/*.spec.ts) and configs.
// They use the apps' own devDependencies (@playwright/test, @axe-core/playwright).
import { AxeBuilder } from '@axe-core/playwright';
import { crc32, deflateSync } from 'node:zlib';
import {
  defineConfig,
  expect,
  request as playwrightRequest,
  type LaunchOptions,
  type Page,
  type PlaywrightTestConfig,
} from '@playwright/test';

/** Debian's Chromium; browsers are never downloaded. */
export const chromiumLaunchOptions: LaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

/**
 * The Playwright config every app shares: Debian's Chromium, French locale and Paris time,
 * against the api at E2E_BASE_URL (the runner at the repo root, `node scripts/e2e.mjs`,
 * starts it with the demo data). Each app brings its own projects (viewports).
 */
export function e2eConfig(projects: NonNullable<PlaywrightTestConfig['projects']>) {
  return defineConfig({
    testDir: './e2e',
    fullyParallel: false,
    workers: 1,
    // A journey crosses many screens, and the screens journeys capture each at two widths: on
    // a 2-core machine busy with other work (load 9-20), 60 s was too tight for some.
    timeout: 120_000,
    forbidOnly: Boolean(process.env.CI),
    retries: process.env.CI ? 1 : 0,
    reporter: process.env.CI ? 'line' : 'list',
    use: {
      baseURL: process.env.E2E_BASE_URL ?? 'http://127.0.0.1:4000',
      locale: 'fr-FR',
      timezoneId: 'Europe/Paris',
      trace: 'retain-on-failure',
      launchOptions: chromiumLaunchOptions,
    },
    projects,
  });
}

/** Seeded demo accounts (api/seeds); they all share this password. */
export const DEMO_PASSWORD = 'pass-culture-demo';
export const DEMO_ACCOUNTS = {
  youth: 'jeune@passculture.test',
  pro: 'pro@passculture.test',
  admin: 'admin@passculture.test',
} as const;

/**
 * The confirmation link emailed to `email`, as a path (`/confirmer-email?jeton=…`, or
 * `/pro/confirmer-email?jeton=…` for a pro), read from the outbox as an admin sees it (web-admin's
 * emails screen) through a request context of its own, so the page's session is untouched.
 */
export async function emailedConfirmationPath(baseURL: string, email: string): Promise<string> {
  const api = await playwrightRequest.newContext({ baseURL });
  try {
    const gql = async (query: string, variables: Record<string, unknown> = {}) => {
      const response = await api.post('/graphql', { data: { query, variables } });
      return (await response.json()) as { data?: Record<string, unknown> };
    };
    await gql('mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { token } }', {
      e: DEMO_ACCOUNTS.admin,
      p: DEMO_PASSWORD,
    });
    const { data } = await gql('{ outboxMessages(first: 200) { recipient kind text } }');
    const messages = (data?.outboxMessages ?? []) as {
      recipient: string;
      kind: string;
      text: string;
    }[];
    const message = messages.find(
      (m) => m.recipient === email.toLowerCase() && m.kind === 'EMAIL_CONFIRMATION',
    );
    const path = message && /(?:\/pro)?\/confirmer-email\?jeton=[\w-]+/.exec(message.text)?.[0];
    if (!path) throw new Error(`no confirmation email for ${email}`);
    return path;
  } finally {
    await api.dispose();
  }
}

/** The kinds of the emails sent to an address, newest first (read as an admin). */
export async function emailKindsFor(baseURL: string, email: string): Promise<string[]> {
  const api = await playwrightRequest.newContext({ baseURL });
  try {
    await api.post('/graphql', {
      data: {
        query: 'mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { token } }',
        variables: { e: DEMO_ACCOUNTS.admin, p: DEMO_PASSWORD },
      },
    });
    const response = await api.post('/graphql', {
      data: { query: '{ outboxMessages(first: 200) { recipient kind } }' },
    });
    const body = (await response.json()) as {
      data?: { outboxMessages: { recipient: string; kind: string }[] };
    };
    return (body.data?.outboxMessages ?? [])
      .filter((m) => m.recipient === email.toLowerCase())
      .map((m) => m.kind);
  } finally {
    await api.dispose();
  }
}

/** Fills and submits the shared log-in form. */
export async function logIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

/** Runs axe on the current page and fails on any serious or critical violation. */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  expect(serious, `axe violations on ${page.url()}`).toEqual([]);
}

/**
 * A PNG poster made here (no picture from elsewhere): a diagonal gradient from magenta to
 * violet with a light disc, `width` × `height`, for the journeys that upload an image.
 */
export function posterPng(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  const rows = Buffer.alloc((width * 3 + 1) * height);
  const [cx, cy, r] = [width * 0.6, height * 0.35, width * 0.28];
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    for (let x = 0; x < width; x++) {
      const t = (x / width + y / height) / 2;
      const inDisc = (x - cx) ** 2 + (y - cy) ** 2 < r * r;
      const at = row + 1 + x * 3;
      rows[at] = inDisc ? 248 : Math.round(138 + (107 - 138) * t);
      rows[at + 1] = inDisc ? 233 : Math.round(15 + (31 - 15) * t);
      rows[at + 2] = inDisc ? 244 : Math.round(107 + (143 - 107) * t);
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** One response as it travelled: bytes on the wire (headers included), cache use. */
export interface Transfer {
  url: string;
  status: number;
  encoding: string;
  cacheControl: string;
  /** Bytes received from the network, headers included; 0 when served from a cache. */
  bytes: number;
  fromCache: boolean;
}

/**
 * Records what the page moves over the network from now on (Chrome DevTools Protocol:
 * encoded bytes, headers included, as DevTools' "transferred" column). `stop()` returns
 * every finished response.
 */
export async function recordTransfers(page: Page): Promise<{ stop(): Promise<Transfer[]> }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const pending = new Map<string, Omit<Transfer, 'bytes'>>();
  const done: Transfer[] = [];
  cdp.on('Network.responseReceived', (event) => {
    const headers = Object.fromEntries(
      Object.entries(event.response.headers).map(([name, value]) => [name.toLowerCase(), value]),
    );
    pending.set(event.requestId, {
      url: event.response.url,
      status: event.response.status,
      encoding: String(headers['content-encoding'] ?? ''),
      cacheControl: String(headers['cache-control'] ?? ''),
      fromCache: Boolean(
        event.response.fromDiskCache ||
        event.response.fromServiceWorker ||
        event.response.fromPrefetchCache,
      ),
    });
  });
  cdp.on('Network.loadingFinished', (event) => {
    const response = pending.get(event.requestId);
    if (!response) return;
    pending.delete(event.requestId);
    done.push({ ...response, bytes: response.fromCache ? 0 : event.encodedDataLength });
  });
  return {
    async stop() {
      await cdp.detach();
      return done;
    },
  };
}

/** Sum of the bytes of `transfers`, and a readable table of them for failure messages. */
export function transferReport(transfers: Transfer[]): { total: number; table: string } {
  const total = transfers.reduce((sum, transfer) => sum + transfer.bytes, 0);
  const table = transfers
    .map(
      (t) =>
        `${String(t.status).padEnd(4)} ${(t.bytes / 1024).toFixed(1).padStart(7)} KB ` +
        `${(t.encoding || '-').padEnd(5)} ${t.fromCache ? 'cache ' : ''}${new URL(t.url).pathname}`,
    )
    .join('\n');
  return { total, table: `${table}\ntotal ${(total / 1024).toFixed(1)} KB` };
}

/** The widths the main screens are captured at: a small phone, and a laptop. */
export const SCREENSHOT_WIDTHS = [360, 1280] as const;

/**
 * Saves the current screen at 360 and 1280 px wide into the project's
 * `test-results/screenshots/<name>-<width>.png` (kept out of git) and checks at each width
 * that nothing scrolls sideways; then puts the page back to its own viewport.
 */
export async function captureScreen(page: Page, name: string, outputDir: string): Promise<void> {
  const original = page.viewportSize();
  for (const width of SCREENSHOT_WIDTHS) {
    await page.setViewportSize({ width, height: original?.height ?? 800 });
    await page.evaluate(
      () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())),
    );
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(
      overflow,
      `${name} scrolls sideways by ${overflow} px at ${width} px`,
    ).toBeLessThanOrEqual(0);
    await page.screenshot({
      path: `${outputDir}/screenshots/${name}-${width}.png`,
      fullPage: true,
      animations: 'disabled',
      caret: 'hide',
    });
  }
  if (original) await page.setViewportSize(original);
}

/** A main screen of an app: its path, and the name its screenshots are saved under. */
export type Screen = readonly [path: string, name: string];

/**
 * The visit every screens journey makes: opens `path`, waits for its title (the h1) and for
 * the network to settle, captures it at 360 and 1280 px (`captureScreen`, which fails on a
 * sideways scroll), then runs axe (which fails on a serious violation).
 */
export async function visitScreen(
  page: Page,
  [path, name]: Screen,
  outputDir: string,
): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 }), `${path} has a title`).toBeVisible();
  await page.waitForLoadState('networkidle');
  await captureScreen(page, name, outputDir);
  await expectNoSeriousA11yViolations(page);
}

/** `visitScreen` for each screen, in order. */
export async function visitScreens(
  page: Page,
  screens: readonly Screen[],
  outputDir: string,
): Promise<void> {
  for (const screen of screens) await visitScreen(page, screen, outputDir);
}
