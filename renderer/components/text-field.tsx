import { useId, type ReactNode } from 'react';
import type { PartySide } from '../../electron/contract/recent-types';
import '../fields.css';
import { useRecentParties } from './recent-parties';

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  error?: string | null;
  /** Shown under a valid value, e.g. "will send 380671112233". */
  hint?: ReactNode;
  /** Keep the note's line while there is nothing to say, so the page does not jump as verdicts come and go. */
  reserveNote?: boolean;
  placeholder?: string;
  list?: string;
  autoFocus?: boolean;
  name?: string;
  /** The Ringostat parameter the field fills, shown small beside the label in the person's language. */
  apiName?: string | null;
  /** A party field offers the parties of this side the profile sent to recently, as a list under it. */
  recentSide?: PartySide;
}

/** A labelled input whose error or hint is tied to it for screen readers. */
export function TextField(props: TextFieldProps) {
  const id = useId();
  const noteId = `${id}-note`;
  const apiId = `${id}-api`;
  const recent = useRecentParties(props.recentSide, props.value, props.onChange, id);
  const said = props.error ? (
    <p id={noteId} className="field-error">
      {props.error}
    </p>
  ) : props.hint ? (
    <p id={noteId} className="field-hint">
      {props.hint}
    </p>
  ) : null;
  const note = said ?? (props.reserveNote ? <p className="field-note-space" aria-hidden="true" /> : null);
  return (
    <div className="field">
      <FieldLabel htmlFor={id} label={props.label} apiName={props.apiName} apiId={apiId} />
      <input
        id={id}
        name={props.name}
        value={props.value}
        placeholder={props.placeholder}
        list={props.list}
        autoFocus={props.autoFocus}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(said ? noteId : null, props.apiName ? apiId : null)}
        {...recent.inputProps}
        onChange={(event) => {
          props.onChange(event.target.value);
          recent.typed();
        }}
        onBlur={() => {
          recent.left();
          props.onBlur?.();
        }}
      />
      {recent.listbox}
      {note}
    </div>
  );
}

/**
 * A field's label in the person's words, with the API parameter it fills
 * beside it, small and quiet. The parameter is outside the label, so the
 * field is named by the words; it is read after them, as a description.
 */
export function FieldLabel(props: {
  htmlFor: string;
  label: string;
  apiName?: string | null;
  apiId?: string;
}) {
  return (
    <div className="field-label">
      <label htmlFor={props.htmlFor}>{props.label}</label>
      {props.apiName ? (
        <code className="api-name" id={props.apiId}>
          {props.apiName}
        </code>
      ) : null}
    </div>
  );
}

/** The ids a field is described by, or none. */
export function describedBy(...ids: (string | null)[]): string | undefined {
  const given = ids.filter((id): id is string => id !== null);
  return given.length > 0 ? given.join(' ') : undefined;
}
