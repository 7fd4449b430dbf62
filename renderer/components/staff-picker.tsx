import { useEffect, useMemo, useState } from 'react';
import type { StaffList } from '../../electron/contract/desk-types';
import type { Words } from '../../electron/contract/i18n/text';
import { desk } from '../desk';
import { useT } from '../i18n';

interface StaffPickerProps {
  /** Fills the callee with a SIP login or a number. */
  onPick: (value: string) => void;
  onClose: () => void;
}

/** The project's employees, searchable; the list is read once and kept, with its age shown. */
export function StaffPicker({ onPick, onClose }: StaffPickerProps) {
  const t = useT();
  const [list, setList] = useState<StaffList | null>(null);
  /** Minutes since the list was read from Ringostat, worked out when it arrives. */
  const [age, setAge] = useState<number | null>(null);
  const receive = (value: StaffList) => {
    setList(value);
    setAge(Math.max(0, Math.round((Date.now() - Date.parse(value.fetchedAt)) / 60_000)));
  };
  const [problem, setProblem] = useState<Words | null>(null);
  const [query, setQuery] = useState('');
  const [loading, setLoading] = useState(true);

  const load = (refresh: boolean) => {
    setLoading(true);
    void desk()
      .getStaff({ refresh })
      .then((result) => {
        setLoading(false);
        if (result.ok) {
          receive(result.value);
          setProblem(null);
        } else setProblem(result.error.message);
      });
  };
  useEffect(() => {
    let current = true;
    void desk()
      .getStaff({ refresh: false })
      .then((result) => {
        if (!current) return;
        setLoading(false);
        if (result.ok) receive(result.value);
        else setProblem(result.error.message);
      });
    return () => {
      current = false;
    };
  }, []);

  const shown = useMemo(() => {
    const needle = query.trim().toLowerCase();
    return (list?.staff ?? []).filter((person) =>
      [
        person.name,
        person.department,
        person.email,
        ...person.sipLogins.map((sip) => sip.login),
        ...person.numbers,
      ]
        .join(' ')
        .toLowerCase()
        .includes(needle),
    );
  }, [list, query]);

  return (
    <div className="staff-picker" role="dialog" aria-label={t('staff.pick')}>
      <div className="field">
        <label htmlFor="staff-search">{t('staff.find')}</label>
        <input id="staff-search" value={query} autoFocus onChange={(event) => setQuery(event.target.value)} />
      </div>
      <p className="field-hint">
        {loading
          ? t('staff.reading')
          : age === null
            ? ''
            : age === 0
              ? t('staff.readJustNow')
              : t('staff.readAgo', { minutes: age })}
        <button type="button" className="link" onClick={() => load(true)} disabled={loading}>
          {t('staff.refresh')}
        </button>{' '}
        <button type="button" className="link" onClick={onClose}>
          {t('staff.close')}
        </button>
      </p>
      {problem ? <p className="problem">{t.words(problem)}</p> : null}
      <ul className="staff-list">
        {shown.map((person) => (
          <li key={person.id}>
            <strong>{person.name || t('staff.unnamed', { id: person.id })}</strong>
            {person.department ? <span className="field-hint"> · {person.department}</span> : null}
            <div className="staff-targets">
              {person.sipLogins.map((sip) => (
                <button key={sip.login} type="button" className="secondary" onClick={() => onPick(sip.login)}>
                  {sip.login}
                  {sip.online === null ? '' : sip.online ? t('staff.online') : t('staff.offline')}
                </button>
              ))}
              {person.numbers.map((number) => (
                <button key={number} type="button" className="secondary" onClick={() => onPick(number)}>
                  +{number}
                </button>
              ))}
            </div>
          </li>
        ))}
        {!loading && list && shown.length === 0 ? <li className="waiting">{t('staff.nobody')}</li> : null}
      </ul>
    </div>
  );
}
