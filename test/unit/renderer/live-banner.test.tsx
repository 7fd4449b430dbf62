// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LiveBanner } from '../../../renderer/components/live-banner';
import { addLiveProfile, bindWindowDesk, type WindowDesk } from '../../support/window-desk';

let desk: WindowDesk;

beforeEach(() => {
  desk = bindWindowDesk();
});
afterEach(async () => {
  cleanup();
  await desk.dispose();
});

describe('the banner says whether a callback rings real phones', () => {
  it('says the sandbox profile rings nobody', () => {
    render(<LiveBanner profile={desk.active()} />);
    const banner = screen.getByRole('status');
    expect(banner.textContent).toBe(
      'Sandbox · profile “Sandbox” · callbacks go to the embedded Ringostat simulator. No real phone rings.',
    );
    expect(banner.getAttribute('data-live')).toBe('false');
  });

  it('says a live profile rings real phones, naming its project', () => {
    render(<LiveBanner profile={addLiveProfile(desk, { apiUrl: 'https://api.ringostat.net' })} />);
    const banner = screen.getByRole('status');
    expect(banner.textContent).toBe(
      'LIVE · profile “Live test”, project 10001 · callbacks ring real phones.',
    );
    expect(banner.getAttribute('data-live')).toBe('true');
  });

  it('still warns on a live profile that has no project id yet', () => {
    const live = addLiveProfile(desk, { apiUrl: 'https://api.ringostat.net', name: 'New', projectId: '' });
    render(<LiveBanner profile={live} />);
    expect(screen.getByRole('status').textContent).toBe('LIVE · profile “New” · callbacks ring real phones.');
  });
});
