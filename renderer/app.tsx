import { Suspense, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { locales, systemLocale } from '../electron/contract/i18n/translate';
import type { DeskResult, DeskState } from '../electron/contract/desk-types';
import type { ClonedForm } from './form-draft';
import { CallbackForm } from './components/callback-form';
import { LiveBanner } from './components/live-banner';
import { ScenarioGallery } from './components/scenario-gallery';
import { desk } from './desk';
import { AppContexts } from './app-contexts';
import { useT, useTranslator } from './i18n';
import { CallLogScreen, HistoryScreen, ProfilesScreen, RunsScreen } from './screens';
import { useTheme } from './use-theme';
import { useWholeAfterFirstFrame, WholeWindowContext } from './whole-window';

type Screen = 'callback' | 'history' | 'runs' | 'callLog' | 'profiles';

const screens: Screen[] = ['callback', 'history', 'runs', 'callLog', 'profiles'];

/** Shows the callback form, the history or the profile manager, from main's first answer. */
export function App({ first }: { first: DeskResult<'getState'> }) {
  const [state, setState] = useState<DeskState | null>(first.ok ? first.value : null);
  const [screen, setScreen] = useState<Screen>('callback');
  const [dismissed, setDismissed] = useState<string[]>([]);
  const systemLanguage = state?.systemLocale ?? systemLocale(navigator.languages);
  const t = useTranslator(state?.locale ?? systemLanguage);
  const profiles = state?.profiles;
  const zones = useMemo(
    () => new Map((profiles ?? []).map((profile) => [profile.id, profile.timeZone])),
    [profiles],
  );
  // Screen readers pick their voice by the page's language.
  useEffect(() => {
    document.documentElement.lang = t.locale;
  }, [t]);
  const [historyVersion, setHistoryVersion] = useState(0);
  const [clone, setClone] = useState<(ClonedForm & { nonce: number }) | null>(null);
  useTheme(state?.theme ?? 'system');
  const [formKey, setFormKey] = useState(0);
  const [searchFocus, setSearchFocus] = useState(0);
  // The call log under the callback form, so a callback can be placed and its row watched.
  const [callLogSplit, setCallLogSplit] = useState(false);
  const whole = useWholeAfterFirstFrame(state?.locale ?? systemLanguage);
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
          document.querySelector<HTMLFormElement>('form.callback-form')?.requestSubmit();
        } else if (command === 'focus-history-search') {
          setScreen('history');
          setSearchFocus((count) => count + 1);
        } else document.getElementById('active-profile')?.focus();
      }),
    [],
  );
  // Stable, so screens that poll can list it among their effect's inputs.
  const historyChanged = useCallback(() => setHistoryVersion((version) => version + 1), []);

  if (!first.ok) return <p role="alert">{t('app.loadFailed', { reason: first.error.message })}</p>;
  if (!state) return null;
  const active = state.profiles.find((profile) => profile.id === state.activeId) ?? state.profiles[0];
  if (!active) return <p role="alert">{t('app.noProfile')}</p>;
  const apply = (result: DeskResult<'setTheme'>) => {
    if (result.ok) setState(result.value);
  };
  const switchTo = async (id: string) => apply(await desk().activateProfile({ id }));
  // A notice is known by its key and values, so it stays dismissed in another language.
  const notices = state.notices
    .map((notice) => ({ id: JSON.stringify(notice), words: t.words(notice) }))
    .filter((notice) => !dismissed.includes(notice.id));

  return (
    <AppContexts t={t} zones={zones}>
      <WholeWindowContext value={whole}>
        <div className="app">
          <LiveBanner profile={active} />
          {/* In the first frame too, so nothing moves under the pointer: the window waits for every message then. */}
          {notices.map((notice) => (
            <p key={notice.id} className="notice" role="alert">
              {notice.words}{' '}
              <button
                type="button"
                className="secondary"
                onClick={() => setDismissed((current) => [...current, notice.id])}
              >
                {t('app.dismiss')}
              </button>
            </p>
          ))}
          <header className="top-bar">
            <h1>{t('app.title')}</h1>
            <nav aria-label={t('app.screens')} className="screens">
              {screens.map((name) => (
                <button
                  key={name}
                  type="button"
                  className="secondary"
                  aria-current={screen === name ? 'page' : undefined}
                  onClick={() => setScreen(name)}
                >
                  {t(`app.screen.${name}`)}
                </button>
              ))}
            </nav>
            {/* The three settings wrap as one: a label never ends up alone on a row of its own. */}
            <div className="top-settings">
              <TopSetting
                id="active-profile"
                label={t('app.profile')}
                value={active.id}
                options={state.profiles.map((profile) => ({
                  value: profile.id,
                  label: t('app.profileOption', { name: profile.name, target: profile.target }),
                }))}
                onChange={(id) => void switchTo(id)}
              />
              <TopSetting
                id="appearance"
                label={t('app.appearance')}
                value={state.theme}
                options={(['system', 'light', 'dark'] as const).map((theme) => ({
                  value: theme,
                  label: t(`app.theme.${theme}`),
                }))}
                onChange={(theme) => void desk().setTheme({ theme }).then(apply)}
              />
              <TopSetting
                id="language"
                label={t('app.language')}
                value={state.language}
                options={[
                  {
                    value: 'system' as const,
                    label: t('app.language.system', { language: t(`app.language.${systemLanguage}`) }),
                  },
                  // Each language is named in itself, so a person who cannot read the current one finds theirs.
                  ...locales.map((language) => ({
                    value: language,
                    label: t(`app.language.${language}`),
                    lang: language,
                  })),
                ]}
                onChange={(language) => void desk().setLanguage({ language }).then(apply)}
              />
            </div>
          </header>
          <main>
            {screen === 'profiles' ? (
              <Loading>
                <ProfilesScreen state={state} onState={setState} />
              </Loading>
            ) : null}
            {screen === 'runs' ? (
              <Loading>
                <RunsScreen state={state} onChanged={historyChanged} />
              </Loading>
            ) : null}
            {screen === 'callLog' ? (
              <Loading>
                <CallLogScreen
                  key={active.id}
                  profile={active}
                  onSplit={() => {
                    setCallLogSplit(true);
                    setScreen('callback');
                  }}
                />
              </Loading>
            ) : null}
            {screen === 'history' ? (
              <Loading>
                <HistoryScreen
                  state={state}
                  version={historyVersion}
                  focusSearch={searchFocus}
                  onChanged={historyChanged}
                  onState={setState}
                  onClone={(cloned) => {
                    setClone({ ...cloned, nonce: Date.now() });
                    setScreen('callback');
                  }}
                />
              </Loading>
            ) : null}
            {/* Hidden, not unmounted: what was typed and the last outcome survive a visit elsewhere. */}
            <div hidden={screen !== 'callback'}>
              <CallbackForm
                key={`${formKey}:${clone?.nonce ?? 0}`}
                profile={active}
                cloned={clone}
                onSent={historyChanged}
              />
              {whole && active.target === 'simulator' ? (
                <ScenarioGallery
                  split={callLogSplit}
                  onSplit={() => setCallLogSplit(true)}
                  onFill={(form) => setClone({ form, maskedNumbers: {}, nonce: Date.now() })}
                />
              ) : null}
              {/* Mounted only while shown, so it reads nothing while another screen is up. */}
              {callLogSplit && screen === 'callback' ? (
                <Loading>
                  <CallLogScreen
                    key={active.id}
                    profile={active}
                    layout="split"
                    onClose={() => setCallLogSplit(false)}
                  />
                </Loading>
              ) : null}
            </div>
          </main>
        </div>
      </WholeWindowContext>
    </AppContexts>
  );
}

/** A screen still loading its chunk says so where it will be. */
function Loading({ children }: { children: ReactNode }) {
  const t = useT();
  return <Suspense fallback={<p className="waiting">{t('app.loading')}</p>}>{children}</Suspense>;
}

interface TopSettingProps<T extends string> {
  id: string;
  label: string;
  value: T;
  options: { value: T; label: string; lang?: string }[];
  onChange: (value: T) => void;
}

/** One of the top bar's choices: its label stays beside its select when the bar wraps. */
function TopSetting<T extends string>({ id, label, value, options, onChange }: TopSettingProps<T>) {
  return (
    <span className="top-setting">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as T)}>
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
    </span>
  );
}
