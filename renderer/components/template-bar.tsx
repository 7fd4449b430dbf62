import { useEffect, useState } from 'react';
import type { CallbackTemplate } from '../../electron/templates/template-types';
import type { CallbackFormInput } from '../../electron/contract/schemas';
import { desk } from '../desk';

interface TemplateBarProps {
  /** The form as it stands, for "save as template". */
  current: () => CallbackFormInput;
  onFill: (form: CallbackFormInput) => void;
  /** Changes when the active profile does: its own templates differ. */
  profileId: string;
}

/** Fill the form from a template in one step, or keep the form as a named template. */
export function TemplateBar({ current, onFill, profileId }: TemplateBarProps) {
  const [templates, setTemplates] = useState<CallbackTemplate[]>([]);
  const [saving, setSaving] = useState(false);
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [shared, setShared] = useState(true);
  const [message, setMessage] = useState<string | null>(null);
  /** A template of the same name that the person may replace with the current form. */
  const [replaceable, setReplaceable] = useState<CallbackTemplate | null>(null);

  useEffect(() => {
    let live = true;
    void desk()
      .listTemplates()
      .then((result) => live && result.ok && setTemplates(result.value));
    return () => {
      live = false;
    };
  }, [profileId]);

  const save = async (replacing?: CallbackTemplate) => {
    const result = await desk().saveTemplate({
      ...(replacing ? { id: replacing.id } : {}),
      name,
      description,
      shared,
      form: current(),
    });
    if (!result.ok) {
      setMessage(result.error.fields?.[0]?.message ?? result.error.message);
      const scope = shared ? 'shared' : profileId;
      const clash = templates.find(
        (template) => template.scope === scope && template.name.toLowerCase() === name.trim().toLowerCase(),
      );
      setReplaceable(clash ?? null);
      return;
    }
    setReplaceable(null);
    setTemplates(result.value);
    setSaving(false);
    setMessage(`Saved as “${name.trim()}”.`);
    setName('');
    setDescription('');
  };

  return (
    <div className="template-bar">
      <label htmlFor="template-fill">Template</label>
      <select
        id="template-fill"
        value=""
        onChange={(event) => {
          const chosen = templates.find((template) => template.id === event.target.value);
          if (chosen) {
            onFill(chosen.form);
            setMessage(`Filled from “${chosen.name}”.`);
          }
        }}
      >
        <option value="">{templates.length === 0 ? 'No templates yet' : 'Fill the form from…'}</option>
        {templates.map((template) => (
          <option key={template.id} value={template.id}>
            {template.name}
            {template.scope === 'shared' ? '' : ' (this profile)'}
          </option>
        ))}
      </select>
      <button type="button" className="secondary" onClick={() => setSaving(!saving)}>
        Save as template…
      </button>
      {message ? (
        <span role="status" className="field-hint">
          {message}
        </span>
      ) : null}
      {saving ? (
        <div className="template-save" role="group" aria-label="Save as template">
          <div className="field">
            <label htmlFor="template-name">Template name</label>
            <input id="template-name" value={name} onChange={(event) => setName(event.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="template-description">Description (optional)</label>
            <input
              id="template-description"
              value={description}
              onChange={(event) => setDescription(event.target.value)}
            />
          </div>
          <label className="inline">
            <input type="checkbox" checked={shared} onChange={(event) => setShared(event.target.checked)} />{' '}
            Shared by every profile
          </label>
          <button type="button" onClick={() => void save()}>
            Save template
          </button>
          {replaceable ? (
            <button type="button" className="secondary" onClick={() => void save(replaceable)}>
              Replace “{replaceable.name}” with this form
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
