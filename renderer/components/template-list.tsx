import { useEffect, useState } from 'react';
import type { DeskState } from '../../electron/contract/desk-types';
import type { CallbackTemplate } from '../../electron/templates/template-types';
import { desk } from '../desk';

/** The templates the active profile can use: rename, delete, import and export them. */
export function TemplateList({
  state,
  onTemplates,
}: {
  state: DeskState;
  onTemplates: (templates: CallbackTemplate[]) => void;
}) {
  const [templates, setTemplates] = useState<CallbackTemplate[]>([]);
  const [message, setMessage] = useState<string | null>(null);
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
    const result = await desk().exportTemplates();
    if (!result.ok) setMessage(result.error.message);
    else if (result.value) setMessage(`Exported ${result.value.count} template(s) to ${result.value.path}.`);
  };
  const importFile = async () => {
    const result = await desk().importTemplates();
    if (!result.ok) setMessage(result.error.message);
    else if (result.value) {
      apply(result.value.templates);
      setMessage(
        `Imported ${result.value.added} template(s).${result.value.renamed.length > 0 ? ` Renamed: ${result.value.renamed.join(', ')}.` : ''}`,
      );
    }
  };

  return (
    <section className="panel template-list" aria-label="Templates">
      <h2>Templates</h2>
      {templates.length === 0 ? (
        <p className="waiting">None yet: fill the callback form, then “Save as template…”.</p>
      ) : null}
      <ul>
        {templates.map((template) => (
          <li key={template.id}>
            {renaming?.id === template.id ? (
              <span>
                <label className="visually-hidden" htmlFor={`rename-${template.id}`}>
                  New name for {template.name}
                </label>
                <input
                  id={`rename-${template.id}`}
                  value={renaming.name}
                  onChange={(event) => setRenaming({ ...renaming, name: event.target.value })}
                />{' '}
                <label className="visually-hidden" htmlFor={`describe-${template.id}`}>
                  Description of {template.name}
                </label>
                <input
                  id={`describe-${template.id}`}
                  value={renaming.description}
                  placeholder="Description"
                  onChange={(event) => setRenaming({ ...renaming, description: event.target.value })}
                />{' '}
                <button
                  type="button"
                  onClick={() => void rename(template, renaming.name, renaming.description)}
                >
                  Save
                </button>
              </span>
            ) : (
              <>
                <strong>{template.name}</strong>
                {template.scope === 'shared' ? ' · shared' : ' · this profile'}
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
                  Rename or describe
                </button>{' '}
                <button type="button" className="link" onClick={() => void remove(template.id)}>
                  Delete
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      <p>
        <button type="button" className="secondary" onClick={() => void exportAll()}>
          Export templates
        </button>{' '}
        <button type="button" className="secondary" onClick={() => void importFile()}>
          Import templates…
        </button>
      </p>
      {message ? <p role="status">{message}</p> : null}
    </section>
  );
}
