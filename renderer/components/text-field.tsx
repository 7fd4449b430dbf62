import { useId, type ReactNode } from 'react';

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
}

/** A labelled input whose error or hint is tied to it for screen readers. */
export function TextField(props: TextFieldProps) {
  const id = useId();
  const noteId = `${id}-note`;
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
      <label htmlFor={id}>{props.label}</label>
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
        aria-describedby={said ? noteId : undefined}
        onChange={(event) => props.onChange(event.target.value)}
        onBlur={props.onBlur}
      />
      {note}
    </div>
  );
}
