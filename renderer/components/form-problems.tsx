import type { FieldError } from '../../electron/contract/callback-types';
import { emptyDraft } from '../form-draft';
import { useT } from '../i18n';

/** Errors that belong to no visible field, such as a missing key or project id. */
export function FormProblems({ errors, submitted }: { errors: FieldError[] | null; submitted: boolean }) {
  const t = useT();
  // Fields of the form show their own errors; the rest (key, project id, do-not-call) are listed here.
  const shown = new Set<string>(Object.keys(emptyDraft));
  const other = errors?.filter((error) => !shown.has(error.field)) ?? [];
  if (other.length === 0 || !submitted) return null;
  return (
    <ul className="form-problems" role="alert">
      {other.map((error) => (
        <li key={error.field}>{t.words(error.message)}</li>
      ))}
    </ul>
  );
}
