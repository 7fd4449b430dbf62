import type { CallbackPreview } from '../../electron/contract/desk-types';
import { useState } from 'react';
import type { DraftField, FormDraft } from '../form-draft';
import { useT } from '../i18n';
import { SipStatusHint } from './sip-status-hint';
import { StaffPicker } from './staff-picker';
import { VisitorImport } from './visitor-import';
import { TextField } from './text-field';

interface ExtendedFieldsProps {
  draft: FormDraft;
  preview: CallbackPreview | null;
  update: (field: DraftField, value: string) => void;
  touch: (field: DraftField) => void;
  errorFor: (field: DraftField) => string | null;
  sendHint: (field: 'caller' | 'callee') => string | undefined;
  autoFocus?: boolean;
}

const advancedFields = [
  'clientIp',
  'utmSource',
  'utmMedium',
  'utmCampaign',
  'utmTerm',
  'utmContent',
  'clientId',
  'userAgent',
] as const satisfies readonly DraftField[];

/** The extended method's fields; visitor and UTM fields folded away but one click from view. */
export function ExtendedFields({
  draft,
  preview,
  update,
  touch,
  errorFor,
  sendHint,
  autoFocus,
}: ExtendedFieldsProps) {
  const t = useT();
  const scheme = draft.calleeType === 'scheme';
  const advancedFilled = advancedFields.some((field) => draft[field] !== '');
  const whoFirst = preview?.firstParty ?? null;
  const [picking, setPicking] = useState(false);
  const normalisedCallee = preview?.normalised.callee;
  // Only a value that was accepted as a SIP login (it starts with a letter) has a SIP status.
  const sipLogin =
    normalisedCallee && /^[A-Za-z]/.test(normalisedCallee) && normalisedCallee === draft.callee.trim()
      ? normalisedCallee
      : null;
  return (
    <>
      <TextField
        autoFocus={autoFocus}
        label={t('form.caller')}
        value={draft.caller}
        placeholder="+38 067 111 22 33"
        error={errorFor('caller')}
        hint={sendHint('caller')}
        onChange={(value) => update('caller', value)}
        onBlur={() => touch('caller')}
      />
      <fieldset className="inline-choice">
        <legend>{t('form.calleeType')}</legend>
        <Choice
          name="calleeType"
          value="number"
          current={draft.calleeType}
          label={t('form.calleeType.number')}
          update={update}
        />
        <Choice
          name="calleeType"
          value="scheme"
          current={draft.calleeType}
          label={t('form.calleeType.scheme')}
          update={update}
        />
      </fieldset>
      <TextField
        label={scheme ? t('form.calleeScheme') : t('form.calleeNumber')}
        value={draft.callee}
        placeholder={scheme ? '101' : 'supportrngst_manager1'}
        error={errorFor('callee')}
        hint={sendHint('callee')}
        onChange={(value) => update('callee', value)}
        onBlur={() => touch('callee')}
      />
      {!scheme && sipLogin ? <SipStatusHint login={sipLogin} /> : null}
      {scheme ? null : picking ? (
        <StaffPicker
          onPick={(value) => {
            update('callee', value);
            setPicking(false);
          }}
          onClose={() => setPicking(false)}
        />
      ) : (
        <p>
          <button type="button" className="secondary" onClick={() => setPicking(true)}>
            {t('form.pickEmployee')}
          </button>
        </p>
      )}
      <fieldset className="inline-choice">
        <legend>{t('form.direction')}</legend>
        <Choice
          name="direction"
          value="out"
          current={draft.direction}
          label={t('form.direction.out')}
          update={update}
        />
        <Choice
          name="direction"
          value="in"
          current={draft.direction}
          label={t('form.direction.in')}
          update={update}
        />
      </fieldset>
      <fieldset className="inline-choice">
        <legend>{t('form.first')}</legend>
        <Choice
          name="first"
          value="employee"
          current={draft.first}
          label={t('form.first.employee')}
          update={update}
          disabled={draft.managerDst !== ''}
        />
        <Choice
          name="first"
          value="client"
          current={draft.first}
          label={t('form.first.client')}
          update={update}
          disabled={draft.managerDst !== ''}
        />
        <span className="manager-dst" aria-live="polite">
          {preview?.managerDst !== null && preview?.managerDst !== undefined
            ? t('form.managerDstSends', { value: preview.managerDst, first: whoFirst ?? 'employee' })
            : null}
        </span>
      </fieldset>
      <details className="advanced" open={advancedFilled || undefined}>
        <summary>{t('form.advanced')}</summary>
        <div className="advanced-grid">
          <div className="field">
            <label htmlFor="manager-dst-override">{t('form.managerDstOverride')}</label>
            <select
              id="manager-dst-override"
              value={draft.managerDst}
              onChange={(event) => update('managerDst', event.target.value)}
            >
              <option value="">{t('form.followFirst')}</option>
              <option value="0">0</option>
              <option value="1">1</option>
            </select>
          </div>
          <div className="import-row">
            <VisitorImport
              onApply={(fields) => {
                for (const [field, value] of Object.entries(fields)) update(field as DraftField, value);
              }}
            />
          </div>
          {advancedFields.map((field) => (
            <TextField
              key={field}
              label={t(`form.${field}`)}
              value={draft[field]}
              error={errorFor(field)}
              onChange={(value) => update(field, value)}
              onBlur={() => touch(field)}
            />
          ))}
        </div>
      </details>
    </>
  );
}

interface ChoiceProps {
  name: 'calleeType' | 'direction' | 'first';
  value: string;
  current: string;
  label: string;
  update: (field: DraftField, value: string) => void;
  disabled?: boolean;
}

function Choice({ name, value, current, label, update, disabled }: ChoiceProps) {
  return (
    <label className={current === value ? 'chosen' : undefined}>
      <input
        type="radio"
        name={name}
        value={value}
        checked={current === value}
        disabled={disabled}
        onChange={() => update(name, value)}
      />
      {label}
    </label>
  );
}
