import { expect, test } from '@playwright/test';
import { resolve } from 'node:path';
import { serveFolder } from '../support/static-server';

const renderer = resolve(import.meta.dirname, '../../dist/renderer');

test('the start page says calls go to the simulator, under a CSP that blocks nothing of its own', async ({
  page,
}) => {
  const site = await serveFolder(renderer);
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  try {
    await page.goto(site.url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Callback Desk');
    await expect(page.getByRole('status')).toContainText('No real phone rings.');
    expect(problems).toEqual([]);
  } finally {
    await site.close();
  }
});
