/**
 * Records a new consent from inside the composer: the register's own form in a small dialog. Rendered into
 * document.body, so that its form is not inside the composer's form; its key presses and its submit stay its own.
 */
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Consent } from '../../../shared/model/media';
import { Modal } from '../../ui/Modal';
import { ConsentForm } from './ConsentForm';
import './consents.css';

interface ConsentDialogProps {
  onSaved: (consent: Consent) => void;
  onClose: () => void;
}

export function ConsentDialog({ onSaved, onClose }: ConsentDialogProps) {
  const { t } = useTranslation();
  return createPortal(
    // React events bubble through the portal to the composer: its form must not see this form's submit.
    <div
      className="cd-consent-dialog"
      onKeyDown={(event) => event.stopPropagation()}
      onSubmit={(event) => event.stopPropagation()}
    >
      <Modal title={t('consentsUi.dialogTitle')} onClose={onClose}>
        <p className="cd-hint">{t('consentsUi.dialogHint')}</p>
        <ConsentForm consent={null} onSaved={onSaved} onCancel={onClose} />
      </Modal>
    </div>,
    document.body,
  );
}
