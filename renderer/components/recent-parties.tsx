import { useState, type FocusEvent, type KeyboardEvent, type ReactNode } from 'react';
import type { PartySide, RecentParty } from '../../electron/contract/recent-types';
import { desk } from '../desk';
import { useT } from '../i18n';

/** What a party field adds to its input, and the list it shows under it. */
export interface RecentCombobox {
  inputProps: {
    role?: 'combobox';
    'aria-autocomplete'?: 'list';
    'aria-expanded'?: boolean;
    'aria-controls'?: string;
    'aria-activedescendant'?: string;
    onFocus?: (event: FocusEvent<HTMLInputElement>) => void;
    onClick?: () => void;
    onKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void;
  };
  /** Tell it the person typed: the list opens again, filtered by what is typed. */
  typed: () => void;
  /** Tell it the field lost focus: the list closes. */
  left: () => void;
  listbox: ReactNode;
}

/** A field focused with this attribute was focused by the app, not the person. */
const quietFocus = 'data-quiet-focus';

/** Puts the cursor in a field without opening its recent-parties list. */
export function focusQuietly(input: HTMLInputElement | null | undefined): void {
  if (!input) return;
  input.setAttribute(quietFocus, '');
  input.focus();
}

/** Whether a recent party fits what is typed: digits among its digits, or words within its words. */
function fits(value: string, typed: string): boolean {
  const text = typed.trim();
  if (text === '') return true;
  if (value === text) return false;
  const digits = text.replace(/\D/g, '');
  if (/^[\d\s()+.-]+$/.test(text)) return digits !== '' && value.replace(/\D/g, '').includes(digits);
  return value.toLowerCase().includes(text.toLowerCase());
}

/**
 * The recent-parties list of a party field, as the ARIA combobox pattern has
 * it: the list opens under the field when it gains focus, typing filters it,
 * Up and Down move through it, Enter takes the option, Escape closes it, and
 * a click takes one too. Main gives the active profile's parties afresh each
 * time the field gains focus; without a side, the field is a plain input.
 */
export function useRecentParties(
  side: PartySide | undefined,
  value: string,
  onChange: (value: string) => void,
  inputId: string,
): RecentCombobox {
  const t = useT();
  const [parties, setParties] = useState<RecentParty[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  if (!side) return { inputProps: {}, typed: () => undefined, left: () => undefined, listbox: null };
  const listId = `${inputId}-recent`;
  const options = parties.filter((party) => party.side === side && fits(party.value, value));
  const shown = open && options.length > 0;
  const optionId = (index: number) => `${listId}-${index}`;
  const choose = (party: RecentParty) => {
    onChange(party.value);
    setOpen(false);
    setActive(-1);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (options.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setOpen(true);
      setActive((current) =>
        !shown
          ? step === 1
            ? 0
            : options.length - 1
          : Math.min(Math.max(current + step, 0), options.length - 1),
      );
    } else if (event.key === 'Enter' && shown && active >= 0) {
      // The option is taken; the form is not sent.
      event.preventDefault();
      const party = options[active];
      if (party) choose(party);
    } else if (event.key === 'Escape' && shown) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };
  return {
    inputProps: {
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-expanded': shown,
      'aria-controls': shown ? listId : undefined,
      'aria-activedescendant': shown && active >= 0 && active < options.length ? optionId(active) : undefined,
      onFocus: (event) => {
        // The form puts the cursor here on start: the list waits for the person (a click, a key, typing).
        const quiet = event.currentTarget.hasAttribute(quietFocus);
        event.currentTarget.removeAttribute(quietFocus);
        setOpen(!quiet);
        setActive(-1);
        void desk()
          .listRecentParties()
          .then((result) => result.ok && setParties(result.value.parties));
      },
      onClick: () => setOpen(true),
      onKeyDown,
    },
    typed: () => {
      setOpen(true);
      setActive(-1);
    },
    left: () => {
      setOpen(false);
      setActive(-1);
    },
    listbox: shown ? (
      <div className="recent-parties">
        <p className="recent-caption" aria-hidden="true">
          {t('recent.label')}
        </p>
        <ul role="listbox" id={listId} aria-label={t('recent.label')}>
          {options.map((party, index) => (
            <li
              key={party.value}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              // The field keeps its focus while an option is clicked.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(party)}
            >
              {party.value}
            </li>
          ))}
        </ul>
      </div>
    ) : null,
  };
}
