import { useEffect, useState } from 'react';
import type { CallbackTemplate } from '../../electron/contract/template-types';
import type { CallbackFormInput } from '../../electron/contract/schemas';
import type { Words } from '../../electron/contract/i18n/text';
import { desk } from '../desk';
import { useT } from '../i18n';

interface TemplateBarProps {
  /** The form as it stands, for "save as template". */
  current: () => CallbackFormInput;
  onFill: (form: CallbackFormInput) => void;
  /** Changes when the active profile does: its own templates differ. */
  profileId: string;
}

/** Fill the form from a template in one step, or keep the form as a named template. */
export function TemplateBar({ current, onFill, profileId }: TemplateBarProps) {
  const t = useT();
  const [templates, setTemplates] = useState<CallbackTemplate[]>([]);
  const [saving, setSaving] = useState(false);
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [shared, setShared] = useState(true);
  const [message, setMessage] = useState<Words | null>(null);
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
    setMessage(t('templates.saved', { name: name.trim() }));
    setName('');
    setDescription('');
  };

  return (
    <div className="template-bar">
      <label htmlFor="template-fill">{t('templates.label')}</label>
      <select
        id="template-fill"
        value=""
        onChange={(event) => {
          const chosen = templates.find((template) => template.id === event.target.value);
          if (chosen) {
            onFill(chosen.form);
            setMessage(t('templates.filled', { name: chosen.name }));
          }
        }}
      >
        <option value="">{templates.length === 0 ? t('templates.noneYet') : t('templates.fillFrom')}</option>
        {templates.map((template) => (
          <option key={template.id} value={template.id}>
            {template.name}
            {template.scope === 'shared' ? '' : t('templates.thisProfile')}
          </option>
        ))}
      </select>
      <button type="button" className="secondary" onClick={() => setSaving(!saving)}>
        {t('templates.saveOpen')}
      </button>
      {message ? (
        <span role="status" className="field-hint">
          {t.words(message)}
        </span>
      ) : null}
      {saving ? (
        <div className="template-save" role="group" aria-label={t('templates.saveGroup')}>
          <div className="field">
            <label htmlFor="template-name">{t('templates.name')}</label>
            <input id="template-name" value={name} onChange={(event) => setName(event.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="template-description">{t('templates.description')}</label>
            <input
              id="template-description"
              value={description}
              onChange={(event) => setDescription(event.target.value)}
            />
          </div>
          <label className="inline">
            <input type="checkbox" checked={shared} onChange={(event) => setShared(event.target.checked)} />{' '}
            {t('templates.shared')}
          </label>
          <button type="button" onClick={() => void save()}>
            {t('templates.save')}
          </button>
          {replaceable ? (
            <button type="button" className="secondary" onClick={() => void save(replaceable)}>
              {t('templates.replace', { name: replaceable.name })}
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
