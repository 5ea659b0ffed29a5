import { useTranslation } from 'react-i18next';
import { conflictKey, type Conflict, type Side } from '../../../shared/exchange/workspaceMerge';

interface ConflictChoicesProps {
  conflicts: readonly Conflict[];
  choices: Readonly<Record<string, Side>>;
  onChoose: (key: string, side: Side) => void;
}

/** One radio group per conflict: keep my version or take the file's (preset to the suggested side). */
export function ConflictChoices({ conflicts, choices, onChoose }: ConflictChoicesProps) {
  const { t } = useTranslation();
  if (conflicts.length === 0) return null;
  return (
    <div className="cd-backup-conflicts">
      <h4>{t('backupUi.conflictsHeading')}</h4>
      {conflicts.map((conflict) => {
        const key = conflictKey(conflict.table, conflict.id);
        const chosen = choices[key] ?? conflict.suggested;
        const name = `cd-conflict-${key}`;
        return (
          <fieldset key={key}>
            <legend>
              {t('backupUi.conflictChoice', {
                table: t(`backupUi.tables.${conflict.table}`),
                label: conflict.label,
              })}
            </legend>
            {(['mine', 'theirs'] as const).map((side) => (
              <label key={side} className="cd-radio">
                <input
                  type="radio"
                  name={name}
                  checked={chosen === side}
                  onChange={() => onChoose(key, side)}
                />
                {side === 'mine' ? t('backupUi.keepMine') : t('backupUi.takeTheirs')}
              </label>
            ))}
          </fieldset>
        );
      })}
    </div>
  );
}
