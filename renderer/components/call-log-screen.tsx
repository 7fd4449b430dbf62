import { useMemo, useState } from 'react';
import type { CallLogFilter, CallLogView, CallLogWindow } from '../../electron/contract/call-log-types';
import type { ProfileView } from '../../electron/contract/desk-types';
import { formatMoment } from '../../electron/contract/i18n/moments';
import { useT } from '../i18n';
import { Moment } from '../moment';
import '../call-log.css';
import { useCallLog } from '../use-call-log';
import { CallLogAttemptPanel } from './call-log-attempt';
import { CallLogTable, directionLabel } from './call-log-table';

type WindowChoice = 'last15' | 'last60' | 'today' | 'custom';

interface CallLogScreenProps {
  profile: ProfileView;
  /** `split`: under the callback form, so a callback can be placed and its row watched as it forms. */
  layout?: 'screen' | 'split';
  /** Asks for the split: the form above, the call log below. */
  onSplit?: () => void;
  /** Closes the split. */
  onClose?: () => void;
}

/**
 * The active profile's call log as Ringostat (or the simulator) keeps it,
 * for a chosen window in the project's time zone, read again every few
 * seconds while shown. It only reads.
 */
export function CallLogScreen({ profile, layout = 'screen', onSplit, onClose }: CallLogScreenProps) {
  const t = useT();
  const [choice, setChoice] = useState<WindowChoice>('last15');
  const [from, setFrom] = useState(() => projectWallTime(profile.timeZone).slice(0, 11) + '00:00');
  const [to, setTo] = useState(() => projectWallTime(profile.timeZone).slice(0, 16));
  const [filter, setFilter] = useState<CallLogFilter>({});
  const [selected, setSelected] = useState<string | null>(null);
  const window = useMemo<CallLogWindow | null>(() => {
    if (choice === 'last15') return { kind: 'last', minutes: 15 };
    if (choice === 'last60') return { kind: 'last', minutes: 60 };
    if (choice === 'today') return { kind: 'today' };
    return from && to ? { kind: 'range', from, to } : null;
  }, [choice, from, to]);
  const { view, problem, paused } = useCallLog(window, filter);
  const chosen = view?.lines.find((line) => line.key === selected) ?? null;
  // An empty choice is "all": that filter is left out of the request.
  const setFilterValue = (name: keyof CallLogFilter, value: string) =>
    setFilter((current) =>
      Object.fromEntries(Object.entries({ ...current, [name]: value }).filter(([, chosen]) => chosen !== '')),
    );
  return (
    <section
      className={layout === 'split' ? 'call-log-screen call-log-split' : 'call-log-screen'}
      aria-label={t('callLogScreen.label')}
    >
      <div className="call-log-head">
        <h2>{t('callLogScreen.heading', { profile: profile.name })}</h2>
        {layout === 'split' ? (
          <button type="button" className="secondary" onClick={onClose}>
            {t('callLogScreen.closeSplit')}
          </button>
        ) : onSplit ? (
          <button type="button" className="secondary" onClick={onSplit}>
            {t('callLogScreen.split')}
          </button>
        ) : null}
      </div>
      {layout === 'screen' ? (
        <p className="field-hint">
          {t('callLogScreen.zone', { zone: profile.timeZone })}{' '}
          {t('callLogScreen.pace', {
            target: profile.target === 'ringostat' ? 'live' : 'sandbox',
            seconds: profile.target === 'ringostat' ? 15 : 2,
          })}{' '}
          {t('callLogScreen.readOnly')}
        </p>
      ) : null}
      <form
        className="call-log-filters"
        aria-label={t('callLogScreen.filterLabel')}
        onSubmit={(event) => event.preventDefault()}
      >
        <Choice
          id={`${layout}-call-log-window`}
          label={t('callLogScreen.window')}
          value={choice}
          onChange={(value) => setChoice(value as WindowChoice)}
          options={(['last15', 'last60', 'today', 'custom'] as const).map((value) => ({
            value,
            label: t(`callLogScreen.window.${value}`),
          }))}
        />
        {choice === 'custom' ? (
          <>
            <div className="field">
              <label htmlFor={`${layout}-call-log-from`}>
                {t('callLogScreen.from', { zone: profile.timeZone })}
              </label>
              <input
                id={`${layout}-call-log-from`}
                type="datetime-local"
                value={from}
                onChange={(event) => setFrom(event.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor={`${layout}-call-log-to`}>
                {t('callLogScreen.to', { zone: profile.timeZone })}
              </label>
              <input
                id={`${layout}-call-log-to`}
                type="datetime-local"
                value={to}
                onChange={(event) => setTo(event.target.value)}
              />
            </div>
          </>
        ) : null}
        {(['direction', 'status', 'employee'] as const).map((name) => (
          <Choice
            key={name}
            id={`${layout}-call-log-${name}`}
            label={t(`callLogScreen.${name}`)}
            value={filter[name] ?? ''}
            onChange={(value) => setFilterValue(name, value)}
            options={[
              { value: '', label: t('callLogScreen.all') },
              ...choicesFor(view, name, filter[name]).map((value) => ({
                value,
                label: name === 'direction' ? directionLabel(value, t) : value,
              })),
            ]}
          />
        ))}
      </form>
      <ReadStatus view={view} paused={paused} timeZone={profile.timeZone} />
      {problem ? (
        <p className="problem" role="alert">
          {t.words(problem)}
        </p>
      ) : null}
      {view?.problem ? (
        <p className="problem" role="alert">
          {t('callLogScreen.stale', { reason: t.words(view.problem) })}
        </p>
      ) : null}
      {view?.masked ? <p className="field-hint">{t('callLogScreen.masked')}</p> : null}
      <div className="call-log-body">
        {view && view.lines.length > 0 ? (
          <CallLogTable
            lines={view.lines}
            selected={selected}
            onSelect={setSelected}
            // The person's own time; the project's under it where its clock reads otherwise.
            formatTime={(at) => (
              <Moment
                at={at}
                style={choice === 'custom' ? 'short' : 'time'}
                projectZone={profile.timeZone}
                stacked
              />
            )}
          />
        ) : view ? (
          <p className="waiting">{t('callLogScreen.empty')}</p>
        ) : null}
        {chosen ? (
          <section className="panel call-log-details" aria-label={t('callLogScreen.details')}>
            <CallLogAttemptPanel key={chosen.key} historyId={chosen.historyId} timeZone={profile.timeZone} />
          </section>
        ) : view && view.lines.length > 0 ? (
          <p className="field-hint">{t('callLogScreen.chooseRow')}</p>
        ) : null}
      </div>
    </section>
  );
}

/** How many calls, when they were read, and when they will be read again. */
function ReadStatus({
  view,
  paused,
  timeZone,
}: {
  view: CallLogView | null;
  paused: boolean;
  timeZone: string;
}) {
  const t = useT();
  if (!view) return <p role="status">{t('callLogScreen.reading')}</p>;
  const readAt = view.readAt ? formatMoment(view.readAt, t.locale, 'time', { projectZone: timeZone }) : null;
  return (
    <p role="status" className="call-log-status-line">
      {t('callLogScreen.count', { matching: view.matching, total: view.total })}
      {view.matching > view.lines.length ? t('callLogScreen.shownNewest', { count: view.lines.length }) : ''}
      {readAt ? ` · ${t('callLogScreen.readAt', { time: readAt })}` : ''}{' '}
      {paused ? t('callLogScreen.paused') : ''}
    </p>
  );
}

/** The values a filter offers: those in the window, and the chosen one even when the window no longer has it. */
function choicesFor(
  view: CallLogView | null,
  name: keyof CallLogFilter,
  chosen: string | undefined,
): string[] {
  const values = view?.choices[name] ?? [];
  return chosen && !values.includes(chosen) ? [chosen, ...values] : values;
}

function Choice(props: {
  id: string;
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} value={props.value} onChange={(event) => props.onChange(event.target.value)}>
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The project's wall clock now, `YYYY-MM-DDTHH:MM:SS`, to start a custom window from. */
function projectWallTime(timeZone: string): string {
  try {
    // Swedish writes dates the ISO way.
    return new Intl.DateTimeFormat('sv-SE', {
      timeZone,
      dateStyle: 'short',
      timeStyle: 'medium',
    })
      .format(new Date())
      .replace(' ', 'T');
  } catch {
    return new Date().toISOString().slice(0, 19);
  }
}
