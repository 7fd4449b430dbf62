import { useEffect, useState } from 'react';
import type { DeskState } from '../../electron/contract/desk-types';
import type { CallbackTemplate } from '../../electron/contract/template-types';
import type { Words } from '../../electron/contract/i18n/text';
import { desk } from '../desk';
import { useT } from '../i18n';
import { ExportNoteView, exportNoteOf, type ExportNote } from './saved-file';

/** The templates the active profile can use: rename, delete, import and export them. */
export function TemplateList({
  state,
  onTemplates,
}: {
  state: DeskState;
  onTemplates: (templates: CallbackTemplate[]) => void;
}) {
  const t = useT();
  const [templates, setTemplates] = useState<CallbackTemplate[]>([]);
  const [message, setMessage] = useState<Words | null>(null);
  const [exportNote, setExportNote] = useState<ExportNote | null>(null);
  const [renaming, setRenaming] = useState<{ id: string; name: string; description: string } | null>(null);

  const apply = (list: CallbackTemplate[]) => {
    setTemplates(list);
    onTemplates(list);
  };
  useEffect(() => {
    let live = true;
    void desk()
      .listTemplates()
      .then((result) => {
        if (!live || !result.ok) return;
        setTemplates(result.value);
        onTemplates(result.value);
      });
    return () => {
      live = false;
    };
  }, [state.activeId, onTemplates]);

  const rename = async (template: CallbackTemplate, name: string, description: string) => {
    const result = await desk().saveTemplate({
      id: template.id,
      name,
      description,
      shared: template.scope === 'shared',
      form: template.form,
    });
    if (result.ok) {
      apply(result.value);
      setRenaming(null);
      setMessage(null);
    } else setMessage(result.error.fields?.[0]?.message ?? result.error.message);
  };
  const remove = async (id: string) => {
    const result = await desk().deleteTemplate({ id });
    if (result.ok) apply(result.value);
    else setMessage(result.error.message);
  };
  const exportAll = async () => {
    const note = exportNoteOf(await desk().exportTemplates(), 'templates.exported');
    if (!note) return;
    setExportNote(note);
    setMessage(null);
  };
  const importFile = async () => {
    const result = await desk().importTemplates();
    setExportNote(null);
    if (!result.ok) setMessage(result.error.message);
    else if (result.value) {
      apply(result.value.templates);
      setMessage(
        result.value.renamed.length > 0
          ? t('templates.importedRenamed', {
              count: result.value.added,
              renamed: result.value.renamed.join(', '),
            })
          : t('templates.imported', { count: result.value.added }),
      );
    }
  };

  return (
    <section className="panel template-list" aria-label={t('templates.title')}>
      <h2>{t('templates.title')}</h2>
      {templates.length === 0 ? <p className="waiting">{t('templates.none')}</p> : null}
      <ul>
        {templates.map((template) => (
          <li key={template.id}>
            {renaming?.id === template.id ? (
              <span>
                <label className="visually-hidden" htmlFor={`rename-${template.id}`}>
                  {t('templates.newName', { name: template.name })}
                </label>
                <input
                  id={`rename-${template.id}`}
                  value={renaming.name}
                  onChange={(event) => setRenaming({ ...renaming, name: event.target.value })}
                />{' '}
                <label className="visually-hidden" htmlFor={`describe-${template.id}`}>
                  {t('templates.descriptionOf', { name: template.name })}
                </label>
                <input
                  id={`describe-${template.id}`}
                  value={renaming.description}
                  placeholder={t('templates.descriptionPlaceholder')}
                  onChange={(event) => setRenaming({ ...renaming, description: event.target.value })}
                />{' '}
                <button
                  type="button"
                  onClick={() => void rename(template, renaming.name, renaming.description)}
                >
                  {t('retention.save')}
                </button>
              </span>
            ) : (
              <>
                <strong>{template.name}</strong>
                {template.scope === 'shared' ? t('templates.scopeShared') : t('templates.scopeProfile')}
                {template.description ? (
                  <span className="field-hint"> · {template.description}</span>
                ) : null}{' '}
                <button
                  type="button"
                  className="link"
                  onClick={() =>
                    setRenaming({ id: template.id, name: template.name, description: template.description })
                  }
                >
                  {t('templates.rename')}
                </button>{' '}
                <button type="button" className="link" onClick={() => void remove(template.id)}>
                  {t('details.delete')}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      <p>
        <button type="button" className="secondary" onClick={() => void exportAll()}>
          {t('templates.export')}
        </button>{' '}
        <button type="button" className="secondary" onClick={() => void importFile()}>
          {t('templates.import')}
        </button>
      </p>
      <ExportNoteView note={exportNote} />
      {message ? <p role="status">{t.words(message)}</p> : null}
    </section>
  );
}
