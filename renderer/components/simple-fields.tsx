import { callbackFields } from '../../electron/contract/callback-fields';
import type { DraftField, FormDraft } from '../form-draft';
import { useT } from '../i18n';
import { TextField } from './text-field';

interface SimpleFieldsProps {
  draft: FormDraft;
  /** The profile's incoming numbers, offered as the extension. */
  numbers: readonly string[];
  update: (field: DraftField, value: string) => void;
  touch: (field: DraftField) => void;
  errorFor: (field: DraftField) => string | null;
  sendHint: (field: 'extension' | 'destination') => string | undefined;
}

/** The simple method's two parties: the project number to call from, and whom to call. */
export function SimpleFields({ draft, numbers, update, touch, errorFor, sendHint }: SimpleFieldsProps) {
  const t = useT();
  return (
    <>
      <TextField
        name="extension"
        label={t('form.extension')}
        apiName={callbackFields.extension.parameter}
        value={draft.extension}
        list="project-numbers"
        placeholder={numbers[0] ?? '+380 44 111 22 33'}
        error={errorFor('extension')}
        hint={sendHint('extension')}
        reserveNote
        onChange={(value) => update('extension', value)}
        onBlur={() => touch('extension')}
      />
      <datalist id="project-numbers">
        {numbers.map((number) => (
          <option key={number} value={number} />
        ))}
      </datalist>
      <TextField
        name="destination"
        label={t('form.destination')}
        apiName={callbackFields.destination.parameter}
        recentSide="client"
        value={draft.destination}
        placeholder="+38 067 111 22 33"
        error={errorFor('destination')}
        hint={sendHint('destination')}
        reserveNote
        onChange={(value) => update('destination', value)}
        onBlur={() => touch('destination')}
      />
    </>
  );
}
