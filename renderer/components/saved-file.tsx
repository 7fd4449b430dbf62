import { useState } from 'react';
import type { DeskResult } from '../../electron/contract/desk-types';
import type { MessageKey, Words } from '../../electron/contract/i18n/text';
import { text } from '../../electron/contract/i18n/text';
import { desk } from '../desk';
import { useT } from '../i18n';

/** What an export left to say: the file it saved, or why it could not. */
export type ExportNote = { saved: Words; path: string } | { problem: Words };

type ExportResult = DeskResult<'exportHistory'>;

/**
 * What an export's answer says, in the words of `savedKey` (a message with
 * `count` and `path`); null when the person cancelled the save dialog.
 */
export function exportNoteOf(result: ExportResult, savedKey: MessageKey): ExportNote | null {
  if (!result.ok) return { problem: result.error.message };
  if (!result.value) return null;
  const { count, path } = result.value;
  return { saved: text(savedKey, { count, path }), path };
}

/**
 * An export's outcome where its results are shown: a saved file is a success,
 * with a button that shows it in its folder; a failure is a problem.
 */
export function ExportNoteView({ note }: { note: ExportNote | null }) {
  const t = useT();
  if (!note) return null;
  if ('problem' in note)
    return (
      <p className="problem" role="alert">
        {t.words(note.problem)}
      </p>
    );
  // Keyed by the file, so a refusal to show an earlier one is not left beside a new one.
  return <SavedFile key={note.path} saved={note.saved} path={note.path} />;
}

function SavedFile({ saved, path }: { saved: Words; path: string }) {
  const t = useT();
  const [refused, setRefused] = useState<Words | null>(null);
  const show = async () => {
    const result = await desk().showInFolder({ path });
    setRefused(result.ok ? null : result.error.message);
  };
  return (
    <div className="saved-file">
      <p className="success" role="status">
        {t.words(saved)}
      </p>
      <button type="button" className="secondary" onClick={() => void show()}>
        {t('export.showInFolder')}
      </button>
      {refused ? (
        <p className="problem" role="alert">
          {t.words(refused)}
        </p>
      ) : null}
    </div>
  );
}
