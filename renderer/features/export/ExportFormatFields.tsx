/** The format of the export, and the CSV settings for the schedulers. */
import { useTranslation } from 'react-i18next';
import {
  EXPORT_FILE_FORMATS,
  isSchedulerFormat,
  type ExportFileFormat,
} from '../../../shared/export/exportFiles';
import type { DateOrder } from '../../../shared/export/schedulerCsv';

export type ExportChoice = ExportFileFormat | 'weekPlan';

export const EXPORT_CHOICES: readonly ExportChoice[] = [...EXPORT_FILE_FORMATS, 'weekPlan'];

export interface CsvSettings {
  dateOrder: DateOrder;
  bom: boolean;
  formulaProtection: boolean;
}

export const DEFAULT_CSV_SETTINGS: CsvSettings = {
  dateOrder: 'dayFirst',
  bom: true,
  formulaProtection: true,
};

export interface ExportFormatFieldsProps {
  choice: ExportChoice;
  csv: CsvSettings;
  onChoice: (choice: ExportChoice) => void;
  onCsv: (csv: CsvSettings) => void;
}

export function ExportFormatFields({ choice, csv, onChoice, onCsv }: ExportFormatFieldsProps) {
  const { t } = useTranslation();
  const scheduler = choice !== 'weekPlan' && isSchedulerFormat(choice);
  return (
    <section className="cd-panel" aria-labelledby="cd-export-format">
      <h2 id="cd-export-format">{t('exportUi.format')}</h2>
      <fieldset>
        <legend className="cd-visually-hidden">{t('exportUi.format')}</legend>
        {EXPORT_CHOICES.map((entry) => (
          <label key={entry} className="cd-check">
            <input
              type="radio"
              name="cd-export-format"
              value={entry}
              checked={choice === entry}
              onChange={() => onChoice(entry)}
            />
            {t(`exportUi.formats.${entry}`)}
          </label>
        ))}
      </fieldset>
      {scheduler && (
        <fieldset>
          <legend>{t('exportUi.csvOptions')}</legend>
          <label className="cd-export-select">
            {t('exportUi.dateOrder')}{' '}
            <select
              value={csv.dateOrder}
              onChange={(event) =>
                onCsv({ ...csv, dateOrder: event.target.value === 'monthFirst' ? 'monthFirst' : 'dayFirst' })
              }
            >
              <option value="dayFirst">{t('exportUi.dayFirst')}</option>
              <option value="monthFirst">{t('exportUi.monthFirst')}</option>
            </select>
          </label>
          <label className="cd-check">
            <input type="checkbox" checked={csv.bom} onChange={() => onCsv({ ...csv, bom: !csv.bom })} />
            {t('exportUi.bom')}
          </label>
          <label className="cd-check">
            <input
              type="checkbox"
              checked={csv.formulaProtection}
              onChange={() => onCsv({ ...csv, formulaProtection: !csv.formulaProtection })}
            />
            {t('exportUi.formulaProtection')}
          </label>
          <p className="cd-hint">{t('exportUi.csvSplitHint')}</p>
        </fieldset>
      )}
    </section>
  );
}
