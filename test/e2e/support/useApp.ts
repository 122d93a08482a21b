/**
 * The setup every end-to-end file shares: the production build served and
 * Chromium started before the file's tests, both closed after them. Call it
 * at the top of a test file; what it returns is filled in once the tests run.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, openApp } from './browser';
import { startAppServer, type AppServer } from './server';

export interface AppBrowser {
  readonly server: AppServer;
  readonly browser: Browser;
}

export interface OpenedApp extends AppBrowser {
  /** The page opened on the app for the whole file. */
  readonly page: Page;
  /** Console errors and uncaught exceptions seen on that page. */
  readonly errors: string[];
}

/** Reading a value before beforeAll has set it is a mistake in the test file, said plainly. */
function started<T>(value: T | undefined, name: string): T {
  if (value === undefined) throw new Error(`${name} is only there once the tests run (after beforeAll)`);
  return value;
}

/** The server and the browser, for files that open their own pages (each test its own window). */
export function useBrowser(): AppBrowser {
  let server: AppServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startAppServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get server() {
      return started(server, 'server');
    },
    get browser() {
      return started(browser, 'browser');
    },
  };
}

/**
 * The server, the browser and one page on the app at `path` ('?model=empty'
 * for an empty model, '' for the sample on first start), shared by the file's tests.
 */
export function useApp(path = '', options: BrowserContextOptions = {}): OpenedApp {
  const shared = useBrowser();
  let opened: { page: Page; errors: string[] } | undefined;
  beforeAll(async () => {
    opened = await openApp(shared.browser, shared.server.url + path, options);
  });
  return {
    get server() {
      return shared.server;
    },
    get browser() {
      return shared.browser;
    },
    get page() {
      return started(opened, 'page').page;
    },
    get errors() {
      return started(opened, 'errors').errors;
    },
  };
}
