import { useCallback, useEffect, useState } from 'react';
import type { DeskState } from '../electron/contract/desk-types';
import type { CallbackFormInput } from '../electron/contract/schemas';
import { CallbackForm } from './components/callback-form';
import { HistoryScreen } from './components/history-screen';
import { LiveBanner } from './components/live-banner';
import { ProfilesScreen } from './components/profiles-screen';
import { RunsScreen } from './components/runs-screen';
import { desk } from './desk';
import { useTheme } from './use-theme';

type Screen = 'callback' | 'history' | 'runs' | 'profiles';

const screens: [Screen, string][] = [
  ['callback', 'Callback'],
  ['history', 'History'],
  ['runs', 'Runs'],
  ['profiles', 'Profiles'],
];

/** Loads the profiles, then shows the callback form, the history or the profile manager. */
export function App() {
  const [state, setState] = useState<DeskState | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [screen, setScreen] = useState<Screen>('callback');
  const [dismissed, setDismissed] = useState<string[]>([]);
  const [historyVersion, setHistoryVersion] = useState(0);
  const [clone, setClone] = useState<{ form: CallbackFormInput; nonce: number } | null>(null);
  useTheme(state?.theme ?? 'system');
  const [formKey, setFormKey] = useState(0);
  const [searchFocus, setSearchFocus] = useState(0);
  // The application menu's shortcuts, carried out here where the screens are.
  useEffect(
    () =>
      desk().onMenuCommand((command) => {
        if (command === 'new-callback') {
          setClone(null);
          setFormKey((key) => key + 1);
          setScreen('callback');
        } else if (command === 'send') {
          setScreen('callback');
          document.querySelector<HTMLFormElement>('form[aria-label="Callback"]')?.requestSubmit();
        } else if (command === 'focus-history-search') {
          setScreen('history');
          setSearchFocus((count) => count + 1);
        } else document.getElementById('active-profile')?.focus();
      }),
    [],
  );
  // Stable, so screens that poll can list it among their effect's inputs.
  const historyChangedCallback = useCallback(() => setHistoryVersion((version) => version + 1), []);

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
  const historyChanged = historyChangedCallback;

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
        <nav aria-label="Screens" className="screens">
          {screens.map(([name, label]) => (
            <button
              key={name}
              type="button"
              className="secondary"
              aria-current={screen === name ? 'page' : undefined}
              onClick={() => setScreen(name)}
            >
              {label}
            </button>
          ))}
        </nav>
        <label htmlFor="appearance">Appearance</label>
        <select
          id="appearance"
          value={state.theme}
          onChange={(event) =>
            void desk()
              .setTheme({ theme: event.target.value as DeskState['theme'] })
              .then((result) => result.ok && setState(result.value))
          }
        >
          <option value="system">System</option>
          <option value="light">Light</option>
          <option value="dark">Dark</option>
        </select>
        <label htmlFor="active-profile">Profile</label>
        <select id="active-profile" value={active.id} onChange={(event) => void switchTo(event.target.value)}>
          {state.profiles.map((profile) => (
            <option key={profile.id} value={profile.id}>
              {profile.name} {profile.target === 'simulator' ? '(sandbox)' : '(live)'}
            </option>
          ))}
        </select>
      </header>
      <main>
        {screen === 'profiles' ? <ProfilesScreen state={state} onState={setState} /> : null}
        {screen === 'runs' ? <RunsScreen state={state} onChanged={historyChanged} /> : null}
        {screen === 'history' ? (
          <HistoryScreen
            state={state}
            version={historyVersion}
            focusSearch={searchFocus}
            onChanged={historyChanged}
            onState={setState}
            onClone={(form) => {
              setClone({ form, nonce: Date.now() });
              setScreen('callback');
            }}
          />
        ) : null}
        {/* Hidden, not unmounted: what was typed and the last outcome survive a visit elsewhere. */}
        <div hidden={screen !== 'callback'}>
          <CallbackForm
            key={`${formKey}:${clone?.nonce ?? 0}`}
            profile={active}
            cloned={clone?.form}
            onSent={historyChanged}
            focusFirstField={formKey > 0}
          />
        </div>
      </main>
    </div>
  );
}
