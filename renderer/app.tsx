import { useEffect, useState } from 'react';
import type { DeskState } from '../electron/contract/desk-types';
import { CallbackForm } from './components/callback-form';
import { LiveBanner } from './components/live-banner';
import { ProfilesScreen } from './components/profiles-screen';
import { desk } from './desk';

/** Loads the profiles, then shows the callback form or the profile manager. */
export function App() {
  const [state, setState] = useState<DeskState | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [screen, setScreen] = useState<'callback' | 'profiles'>('callback');
  const [dismissed, setDismissed] = useState<string[]>([]);

  useEffect(() => {
    void desk()
      .getState()
      .then((result) => (result.ok ? setState(result.value) : setLoadError(result.error.message)));
  }, []);

  if (loadError) return <p role="alert">Callback Desk could not load its profiles: {loadError}</p>;
  if (!state) return <p className="waiting">Loading…</p>;
  const active = state.profiles.find((profile) => profile.id === state.activeId) ?? state.profiles[0];
  if (!active) return <p role="alert">There is no profile.</p>;
  const switchTo = async (id: string) => {
    const result = await desk().activateProfile({ id });
    if (result.ok) setState(result.value);
  };
  const notices = state.notices.filter((notice) => !dismissed.includes(notice));

  return (
    <div className="app">
      <LiveBanner profile={active} />
      {notices.map((notice) => (
        <p key={notice} className="notice" role="alert">
          {notice}{' '}
          <button
            type="button"
            className="secondary"
            onClick={() => setDismissed((current) => [...current, notice])}
          >
            Dismiss
          </button>
        </p>
      ))}
      <header className="top-bar">
        <h1>Callback Desk</h1>
        <label htmlFor="active-profile">Profile</label>
        <select id="active-profile" value={active.id} onChange={(event) => void switchTo(event.target.value)}>
          {state.profiles.map((profile) => (
            <option key={profile.id} value={profile.id}>
              {profile.name} {profile.target === 'simulator' ? '(sandbox)' : '(live)'}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="secondary"
          onClick={() => setScreen(screen === 'profiles' ? 'callback' : 'profiles')}
        >
          {screen === 'profiles' ? 'Back to callbacks' : 'Manage profiles'}
        </button>
      </header>
      <main>
        {screen === 'profiles' ? <ProfilesScreen state={state} onState={setState} /> : null}
        {/* Hidden, not unmounted: what was typed and the last outcome survive a visit to the profiles. */}
        <div hidden={screen !== 'callback'}>
          <CallbackForm profile={active} />
        </div>
      </main>
    </div>
  );
}
