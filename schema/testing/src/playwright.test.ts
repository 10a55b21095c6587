import { chromium, type Browser, type Page } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chromiumLaunchOptions,
  DEMO_ACCOUNTS,
  e2eConfig,
  expectNoSeriousA11yViolations,
  logIn,
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
