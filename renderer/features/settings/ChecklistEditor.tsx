/** The organisation's checklist: each item's text, whether it is required, and the categories it applies to. */
import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import type { ChecklistItem } from '../../../shared/checks/checklist';
import { CHANNELS } from '../../../shared/model/channels';

interface ChecklistEditorProps {
  value: ChecklistItem[];
  onChange: (value: ChecklistItem[]) => void;
}

export function ChecklistEditor({ value, onChange }: ChecklistEditorProps) {
  const { t } = useTranslation();
  const update = (index: number, patch: Partial<ChecklistItem>) =>
    onChange(value.map((item, at) => (at === index ? { ...item, ...patch } : item)));
  return (
    <fieldset className="cd-field">
      <legend>{t('settings.checklist.heading')}</legend>
      {value.map((item, index) => {
        const number = index + 1;
        return (
          <div key={item.id} className="cd-checklist-item">
            <div className="cd-field">
              <label htmlFor={`checklist-${item.id}`}>{t('settings.checklist.text', { number })}</label>
              <input
                id={`checklist-${item.id}`}
                value={item.text}
                onChange={(event) => update(index, { text: event.target.value })}
              />
            </div>
            <label className="cd-check">
              <input
                type="checkbox"
                checked={item.required}
                onChange={(event) => update(index, { required: event.target.checked })}
              />
              {t('settings.checklist.required')}
            </label>
            <div className="cd-field">
              <label htmlFor={`checklist-${item.id}-categories`}>{t('settings.checklist.categories')}</label>
              <CategoriesInput
                id={`checklist-${item.id}-categories`}
                value={item.categories}
                onChange={(categories) => update(index, { categories })}
              />
            </div>
            <fieldset className="cd-field">
              <legend>{t('settings.checklist.channels')}</legend>
              <div className="cd-channel-choices">
                {CHANNELS.map((channel) => (
                  <label key={channel} className="cd-check">
                    <input
                      type="checkbox"
                      checked={item.channels.includes(channel)}
                      onChange={(event) =>
                        update(index, {
                          channels: event.target.checked
                            ? CHANNELS.filter((entry) => entry === channel || item.channels.includes(entry))
                            : item.channels.filter((entry) => entry !== channel),
                        })
                      }
                    />
                    {t(`networks.${channel}`)}
                  </label>
                ))}
              </div>
            </fieldset>
            <button type="button" onClick={() => onChange(value.filter((_, at) => at !== index))}>
              {t('settings.checklist.remove', { number })}
            </button>
          </div>
        );
      })}
      <button
        type="button"
        onClick={() =>
          onChange([
            ...value,
            {
              id: `item-${crypto.randomUUID().slice(0, 8)}`,
              text: t('settings.checklist.newItem'),
              required: false,
              categories: [],
              channels: [],
            },
          ])
        }
      >
        {t('settings.checklist.add')}
      </button>
    </fieldset>
  );
}

/** A comma-separated list that keeps what is typed (a trailing comma included) while reporting the parsed list. */
function CategoriesInput(props: { id: string; value: string[]; onChange: (value: string[]) => void }) {
  const [text, setText] = useState(props.value.join(', '));
  return (
    <input
      id={props.id}
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        props.onChange(
          event.target.value
            .split(',')
            .map((category) => category.trim())
            .filter(Boolean),
        );
      }}
    />
  );
}
