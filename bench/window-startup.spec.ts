/**
 * How soon the window is ready, beside a blank Vite + React page with one
 * field and one button: each page opens in a fresh browser context, the two
 * alternating, each served on loopback by a process of its own.
 * "Usable" is the first moment a person can see the form and type: the
 * caller field has the cursor, Send is there, the frame showing them has
 * been drawn and the page is free (a task queued after that frame has run). The JavaScript is every script the
 * page fetched by then, gzipped. Prints a table and one line of JSON.
 *
 *   npm run bench:window [-- WINDOW_RUNS=20 in the environment]
 */
import { test, type Browser, type BrowserContext } from '@playwright/test';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { gzipSync } from 'node:zlib';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { nodeTransport } from '../electron/ringostat/node-transport';
import { startSimulator } from '../electron/simulator/server';
import { bindDesk } from '../test/e2e/harness';
import { testDesk } from '../test/support/test-desk';

const runs = Number(process.env.WINDOW_RUNS ?? 20);
const dist = resolve(import.meta.dirname, '../dist');

interface Startup {
  /** First contentful paint, ms from navigation. */
  paint: number;
  /** The caller field has the cursor and Send is there. */
  ready: number;
  /** The frame showing the form has been drawn and a task queued after it has run. */
  usable: number;
  /** Gzipped bytes of every script the page had by then. */
  scriptBytes: number;
  /** Gzipped bytes of every script the page loaded in its first two seconds: the whole window. */
  allScriptBytes: number;
}

/** Set in each page before its own scripts run: resolves once the caller field has the cursor and Send is there. */
function watchStartup(): void {
  const scope = window as unknown as {
    __startup: Promise<{ ready: number; usable: number; paint: number; scripts: string[] }>;
  };
  scope.__startup = new Promise((done) => {
    let seen = false;
    const check = () => {
      const active = document.activeElement;
      if (seen || !(active instanceof HTMLInputElement) || active.name !== 'caller') return;
      if (!document.querySelector('button[type="submit"]:not([disabled])')) return;
      seen = true;
      const ready = performance.now();
      // The frame that shows it, then the task after that frame: the field is on the screen and the page is free.
      requestAnimationFrame(() =>
        setTimeout(() => {
          const usable = performance.now();
          // The first paint with content is reported a little after it is shown.
          new PerformanceObserver((list, observer) => {
            const paint = list.getEntriesByName('first-contentful-paint')[0];
            if (!paint) return;
            observer.disconnect();
            const scripts = performance
              .getEntriesByType('resource')
              .filter((entry) => (entry as PerformanceResourceTiming).responseEnd <= usable)
              .map((entry) => entry.name)
              .filter((name) => name.endsWith('.js'));
            done({ ready, usable, paint: paint.startTime, scripts });
          }).observe({ type: 'paint', buffered: true });
        }, 0),
      );
    };
    new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
    document.addEventListener('focusin', check, true);
  });
}

async function open(
  browser: Browser,
  url: string,
  prepare: (context: BrowserContext) => Promise<void>,
): Promise<Startup> {
  const context = await browser.newContext();
  try {
    await prepare(context);
    await context.addInitScript(watchStartup);
    const bodies = new Map<string, Promise<number>>();
    context.on('response', (response) => {
      if (response.request().resourceType() !== 'script') return;
      bodies.set(
        response.url(),
        response.body().then(
          (body) => gzipSync(body).length,
          () => 0,
        ),
      );
    });
    const page = await context.newPage();
    await page.goto(url);
    const { scripts, ...times } = await page.evaluate(
      () =>
        (
          window as unknown as {
            __startup: Promise<Omit<Startup, 'scriptBytes' | 'allScriptBytes'> & { scripts: string[] }>;
          }
        ).__startup,
    );
    // Whatever the page goes on to load by itself (the rest of its messages) counts for the whole window.
    await page.waitForTimeout(2_000);
    const sum = async (names: string[]) =>
      (await Promise.all(names.map((name) => bodies.get(name) ?? Promise.resolve(0)))).reduce(
        (a, b) => a + b,
        0,
      );
    return { ...times, scriptBytes: await sum(scripts), allScriptBytes: await sum([...bodies.keys()]) };
  } finally {
    await context.close();
  }
}

/** The folder served by a process of its own (`static-server.cjs`), as main serves the page: nothing in this one holds it up. */
async function serve(folder: string): Promise<{ url: string; close(): void }> {
  const child = spawn(process.execPath, [resolve(import.meta.dirname, 'static-server.cjs'), folder], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const [line] = (await once(child.stdout, 'data')) as [Buffer];
  return { url: line.toString().trim(), close: () => child.stdin.end() };
}

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? NaN;

test('the window starts', async ({ browser }) => {
  test.setTimeout(runs * 40_000 + 60_000);
  const simulator = await startSimulator({});
  const desk = testDesk({
    transport: nodeTransport,
    simulatorUrl: () => simulator.url,
    systemLanguages: () => ['en-US'],
  });
  const app = await serve(resolve(dist, 'renderer'));
  const blank = await serve(resolve(dist, 'bench/blank-page'));
  const openApp = () => open(browser, app.url, (context) => bindDesk(context, desk.dispatch, app.url));
  const openBlank = () => open(browser, blank.url, async () => undefined);
  try {
    // One of each first, not counted: the browser's own first start.
    await openApp();
    await openBlank();
    const mine: Startup[] = [];
    const theirs: Startup[] = [];
    for (let round = 0; round < runs; round += 1) {
      // Alternating which goes first, so neither always follows the other.
      if (round % 2 === 0) {
        mine.push(await openApp());
        theirs.push(await openBlank());
      } else {
        theirs.push(await openBlank());
        mine.push(await openApp());
      }
    }
    const figure = (list: Startup[], key: keyof Startup) => median(list.map((item) => item[key]));
    const ratio = (key: keyof Startup) => Number((figure(mine, key) / figure(theirs, key)).toFixed(2));
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
    const ms = (value: number) => `${value.toFixed(0)} ms`;
    const row = (label: string, key: keyof Startup, shown: (value: number) => string, target = '') => [
      label,
      shown(figure(mine, key)),
      shown(figure(theirs, key)),
      ratio(key),
      target,
    ];
    const rows = [
      row('First contentful paint', 'paint', ms),
      row('Caller field has the cursor', 'ready', ms),
      row('Form usable', 'usable', ms, '≤ 1.20'),
      row('JavaScript loaded before the form is usable, gzipped', 'scriptBytes', kb, '≤ 90 KB'),
      row('JavaScript of the whole window, gzipped', 'allScriptBytes', kb),
    ];
    const load = loadavg()
      .map((value) => value.toFixed(2))
      .join(' ');
    console.log(`\n${runs} alternating starts each, medians; load average ${load}\n`);
    console.log('| Measured | Callback Desk | Blank Vite + React page | Ratio | Target |');
    console.log('| --- | --- | --- | --- | --- |');
    for (const row of rows) console.log(`| ${row.join(' | ')} |`);
    console.log(
      JSON.stringify({
        usableRatio: ratio('usable'),
        paintRatio: ratio('paint'),
        usableMs: Math.round(figure(mine, 'usable')),
        blankUsableMs: Math.round(figure(theirs, 'usable')),
        scriptKb: Number((figure(mine, 'scriptBytes') / 1024).toFixed(1)),
        blankScriptKb: Number((figure(theirs, 'scriptBytes') / 1024).toFixed(1)),
        wholeWindowScriptKb: Number((figure(mine, 'allScriptBytes') / 1024).toFixed(1)),
        load,
      }),
    );
  } finally {
    app.close();
    blank.close();
    await simulator.close();
    await desk.dispose();
  }
});
