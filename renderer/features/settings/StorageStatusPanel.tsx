import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../shared/ipc/contract';
import { getPlatform } from '../../platform/platform';
import { readStorageStatus, type StorageStatus } from '../../platform/storage';

function formatBytes(bytes: number, locale: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: units[unit],
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}

/** Whether the browser granted persistent storage, how much is used, and which build this is. */
export function StorageStatusPanel({ locale }: { locale: string }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const [appInfo, setAppInfo] = useState<AppInfo | null>(null);

  useEffect(() => {
    let live = true;
    void readStorageStatus(navigator.storage).then((value) => live && setStatus(value));
    void getPlatform()
      .getAppInfo()
      .then((value) => live && setAppInfo(value));
    return () => {
      live = false;
    };
  }, []);

  return (
    <>
      <section className="cd-panel" aria-labelledby="storage-heading">
        <h2 id="storage-heading">{t('settings.storage.heading')}</h2>
        {status && (
          <>
            <p data-testid="storage-persistence">
              {status.persistence === 'granted'
                ? t('settings.storage.persisted')
                : status.persistence === 'denied'
                  ? t('settings.storage.notPersisted')
                  : t('settings.storage.unsupported')}
            </p>
            <p>
              {status.usage !== null && status.quota !== null
                ? t('settings.storage.usage', {
                    used: formatBytes(status.usage, locale),
                    quota: formatBytes(status.quota, locale),
                  })
                : t('settings.storage.usageUnknown')}
            </p>
          </>
        )}
      </section>
      <section className="cd-panel" aria-labelledby="about-heading">
        <h2 id="about-heading">{t('settings.about.heading')}</h2>
        {appInfo && (
          <p>
            {appInfo.name} –{' '}
            {t('settings.about.version', {
              version: appInfo.version,
              runtime: t(`settings.about.${appInfo.runtime}`),
            })}
          </p>
        )}
      </section>
    </>
  );
}
