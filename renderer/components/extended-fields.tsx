import type { CallbackPreview } from '../../electron/contract/desk-types';
import { useState, type ReactNode } from 'react';
import {
  callbackFields,
  freeTextFields,
  isFieldOf,
  type FieldOfKind,
} from '../../electron/contract/callback-fields';
import type { MessageKey } from '../../electron/contract/i18n/text';
import type { DraftField, FormDraft } from '../form-draft';
import { useT } from '../i18n';
import { useWholeWindow } from '../whole-window';
import { SipStatusHint } from './sip-status-hint';
import { StaffPicker } from './staff-picker';
import { VisitorImport } from './visitor-import';
import { describedBy, FieldLabel, TextField } from './text-field';

interface ExtendedFieldsProps {
  draft: FormDraft;
  preview: CallbackPreview | null;
  update: (field: DraftField, value: string) => void;
  touch: (field: DraftField) => void;
  errorFor: (field: DraftField) => string | null;
  sendHint: (field: 'caller' | 'callee') => string | undefined;
  /**
   * What comes right after the two parties, before every other field: the
   * send button, so Tab goes caller → callee → send.
   */
  afterParties?: ReactNode;
}

/** The free-text fields (visitor, UTM), folded away: the table's, in its order. */
const advancedFields = freeTextFields.filter((field) => isFieldOf(field, 'extended'));

/** The extended method's fields; visitor and UTM fields folded away but one click from view. */
export function ExtendedFields({
  draft,
  preview,
  update,
  touch,
  errorFor,
  sendHint,
  afterParties,
}: ExtendedFieldsProps) {
  const t = useT();
  const whole = useWholeWindow();
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
        name="caller"
        label={t('form.caller')}
        apiName={callbackFields.caller.parameter}
        recentSide="client"
        value={draft.caller}
        placeholder="+38 067 111 22 33"
        error={errorFor('caller')}
        hint={sendHint('caller')}
        reserveNote
        onChange={(value) => update('caller', value)}
        onBlur={() => touch('caller')}
      />
      <TextField
        name="callee"
        label={scheme ? t('form.calleeScheme') : t('form.calleeNumber')}
        apiName={callbackFields.callee.parameter}
        recentSide={scheme ? 'scheme' : 'employee'}
        value={draft.callee}
        placeholder={scheme ? '101' : 'supportrngst_manager1'}
        error={errorFor('callee')}
        hint={sendHint('callee')}
        reserveNote
        onChange={(value) => update('callee', value)}
        onBlur={() => touch('callee')}
      />
      {afterParties}
      {/* How the call is placed: each choice is one a person makes after the parties, or never. */}
      {whole ? (
        <div className="call-options">
          <ChoiceGroup name="calleeType" draft={draft} update={update} />
          {scheme ? null : picking ? (
            <>
              <SipStatusHint login={sipLogin} />
              <StaffPicker
                onPick={(value) => {
                  update('callee', value);
                  setPicking(false);
                }}
                onClose={() => setPicking(false)}
              />
            </>
          ) : (
            // The button and the SIP status share a line: no empty line is kept above the button for a status.
            <div className="callee-tools">
              <button type="button" className="secondary" onClick={() => setPicking(true)}>
                {t('form.pickEmployee')}
              </button>
              <SipStatusHint login={sipLogin} />
            </div>
          )}
          <ChoiceGroup name="direction" draft={draft} update={update} />
          <ChoiceGroup
            name="first"
            draft={draft}
            update={update}
            // A raw manager_dst wins over "who rings first", so the choice is shown but not taken.
            disabled={draft.managerDst !== ''}
          >
            <span className="manager-dst" aria-live="polite">
              {preview?.managerDst !== null && preview?.managerDst !== undefined
                ? t('form.managerDstSends', { value: preview.managerDst, first: whoFirst ?? 'employee' })
                : null}
            </span>
          </ChoiceGroup>
          <details className="advanced" open={advancedFilled || undefined}>
            <summary>{t('form.advanced')}</summary>
            <div className="advanced-grid">
              <div className="field">
                <FieldLabel
                  htmlFor="manager-dst-override"
                  label={t('form.managerDstOverride')}
                  apiName={callbackFields.managerDst.parameter}
                  apiId="manager-dst-override-api"
                />
                <select
                  id="manager-dst-override"
                  aria-describedby={describedBy('manager-dst-override-api')}
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
                  apiName={callbackFields[field].parameter}
                  value={draft[field]}
                  error={errorFor(field)}
                  onChange={(value) => update(field, value)}
                  onBlur={() => touch(field)}
                />
              ))}
            </div>
          </details>
        </div>
      ) : null}
    </>
  );
}

type ChoiceField = FieldOfKind<'choice'>;

type ChoiceGroupProps = {
  name: ChoiceField;
  draft: FormDraft;
  update: (field: DraftField, value: string) => void;
  disabled?: boolean;
  children?: ReactNode;
};

/**
 * One of the form's radio choices, its values the table's, with whatever it
 * explains beside it. Each choice's label is the catalogue's
 * `form.<name>.<value>`; the legend is `form.<name>`.
 */
function ChoiceGroup({ name, draft, update, disabled, children }: ChoiceGroupProps) {
  const t = useT();
  const values: readonly string[] = callbackFields[name].values;
  const parameter = callbackFields[name].parameter;
  return (
    <fieldset className="inline-choice">
      <legend>
        {t(`form.${name}`)}
        {/* Seen, not said: the group is named by the words; the parameter is for whoever reads the API. */}
        {parameter ? (
          <span className="api-name" aria-hidden="true">
            {' '}
            {parameter}
          </span>
        ) : null}
      </legend>
      {values.map((value) => (
        <label key={value} className={draft[name] === value ? 'chosen' : undefined}>
          <input
            type="radio"
            name={name}
            value={value}
            checked={draft[name] === value}
            disabled={disabled}
            onChange={() => update(name, value)}
          />
          {t(`form.${name}.${value}` as MessageKey)}
        </label>
      ))}
      {children}
    </fieldset>
  );
}
