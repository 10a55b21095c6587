import { chromium, type Browser, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chromiumLaunchOptions,
  DEMO_ACCOUNTS,
  e2eConfig,
  expectNoSeriousA11yViolations,
  logIn,
  visitScreens,
} from './playwright';

describe('e2eConfig', () => {
  it('runs the journeys in French, on Paris time, in Debian Chromium, one at a time', () => {
    const config = e2eConfig([{ name: 'mobile', use: { viewport: { width: 360, height: 800 } } }]);
    expect(config.testDir).toBe('./e2e');
    expect(config.workers).toBe(1);
    expect(config.use?.locale).toBe('fr-FR');
    expect(config.use?.timezoneId).toBe('Europe/Paris');
    expect(config.use?.launchOptions).toBe(chromiumLaunchOptions);
    expect(config.projects?.map((project) => project.name)).toEqual(['mobile']);
  });

  it('never downloads a browser', () => {
    expect(chromiumLaunchOptions.executablePath).toMatch(/chromium/);
    expect(chromiumLaunchOptions.args).toContain('--headless');
  });

  it('knows the demo accounts', () => {
    expect(Object.values(DEMO_ACCOUNTS).every((email) => email.endsWith('@passculture.test'))).toBe(
      true,
    );
  });
});

describe('helpers in a real browser', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await chromium.launch(chromiumLaunchOptions);
    // axe needs a page of a context of its own.
    page = await (await browser.newContext()).newPage();
  });

  afterAll(async () => {
    await browser?.close();
  });

  const shell = (body: string) =>
    `<!doctype html><html lang="fr"><head><title>Test</title></head><body><main>${body}</main></body></html>`;

  it('fills and submits the shared log-in form', async () => {
    await page.setContent(
      shell(`<form onsubmit="event.preventDefault(); document.title = [this.email.value, this.password.value].join('|')">
        <label for="e">Adresse e-mail</label><input id="e" name="email" type="email">
        <label for="p">Mot de passe</label><input id="p" name="password" type="password">
        <label><input type="checkbox"> Afficher le mot de passe</label>
        <button type="submit">Se connecter</button>
      </form>`),
    );
    await logIn(page, 'pro@passculture.test', 'pass-culture-demo');
    await expect.poll(() => page.title()).toBe('pro@passculture.test|pass-culture-demo');
  });

  it('passes an accessible page', async () => {
    await page.setContent(shell('<h1>Accueil</h1><img src="data:," alt="Logo">'));
    await expectNoSeriousA11yViolations(page);
  });

  it('fails a page with a serious violation, naming the rule', async () => {
    await page.setContent(shell('<h1>Accueil</h1><img src="data:,"><button></button>'));
    await expect(expectNoSeriousA11yViolations(page)).rejects.toThrow(/image-alt|button-name/);
  });
});

describe('visitScreens', () => {
  const pages: Record<string, string> = {
    '/accueil': '<h1>Accueil</h1><p>Bienvenue.</p>',
    '/large': '<h1>Tableau</h1><div style="width: 900px">Trop large pour un téléphone</div>',
    '/sans-nom': '<h1>Actions</h1><button></button>',
  };
  let server: Server;
  let browser: Browser;
  let page: Page;
  let outputDir: string;

  beforeAll(async () => {
    server = createServer((request, response) => {
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.end(
        `<!doctype html><html lang="fr"><head><title>Test</title><meta name="viewport" content="width=device-width"></head><body><main>${pages[request.url ?? ''] ?? ''}</main></body></html>`,
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    browser = await chromium.launch(chromiumLaunchOptions);
    page = await (
      await browser.newContext({
        baseURL: `http://127.0.0.1:${port}`,
        viewport: { width: 360, height: 700 },
      })
    ).newPage();
    outputDir = mkdtempSync(join(tmpdir(), 'visit-'));
  });

  afterAll(async () => {
    await browser?.close();
    server?.close();
    rmSync(outputDir, { recursive: true, force: true });
  });

  it('opens each screen and saves it at both widths', async () => {
    await visitScreens(page, [['/accueil', 'test-home']], outputDir);
    expect(existsSync(join(outputDir, 'screenshots', 'test-home-360.png'))).toBe(true);
    expect(existsSync(join(outputDir, 'screenshots', 'test-home-1280.png'))).toBe(true);
    expect(page.viewportSize()?.width).toBe(360);
  });

  it('fails a screen that scrolls sideways on a phone', async () => {
    await expect(visitScreens(page, [['/large', 'test-wide']], outputDir)).rejects.toThrow(
      /test-wide scrolls sideways/,
    );
  });

  it('fails a screen with a serious accessibility violation', async () => {
    await expect(visitScreens(page, [['/sans-nom', 'test-unnamed']], outputDir)).rejects.toThrow(
      /button-name/,
    );
  });
});
