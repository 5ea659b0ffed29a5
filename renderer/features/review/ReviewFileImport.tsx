/**
 * An opened review file: a request shows its posts and every conflict to choose (keep mine / take theirs) before
 * anything is imported; a decision is checked against the roster and lists per post whether it was applied or why
 * not. A key the roster does not certify can be certified by an admin only, who types its fingerprint as the
 * approver reads it out (never a click any profile can make).
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredProfile } from '../../../shared/model/profile';
import type { ReviewDecision, ReviewFile, ReviewRequest } from '../../../shared/review/reviewFile';
import { toDataError } from '../../data/store/dataErrors';
import { applyDecisionFile, type ApplyDecisionResult } from '../../data/workflow/reviewDecisionRepository';
import { certifyDecisionKey } from '../../data/workflow/reviewTrust';
import { keyFingerprint } from '../../../shared/trust/fingerprint';
import { hasRole } from '../../../shared/workflow/roles';
import {
  importReviewRequest,
  previewReviewRequest,
  type ConflictChoice,
  type RequestPreview,
} from '../../data/workflow/reviewFileRepository';
import { translateKey } from '../../i18n/messageKey';

interface ReviewFileImportProps {
  file: ReviewFile;
  profile: StoredProfile;
  onDone: (message: string) => void;
  onCancel: () => void;
}

export function ReviewFileImport(props: ReviewFileImportProps) {
  return props.file.kind === 'request' ? (
    <RequestImport {...props} request={props.file} />
  ) : (
    <DecisionImport {...props} decision={props.file} />
  );
}

function RequestImport({
  request,
  profile,
  onDone,
  onCancel,
}: ReviewFileImportProps & { request: ReviewRequest }) {
  const { t } = useTranslation();
  const [preview, setPreview] = useState<RequestPreview | null>(null);
  const [choices, setChoices] = useState<Record<string, ConflictChoice>>({});
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    previewReviewRequest(request).then(
      (result) => live && setPreview(result),
      (failure: unknown) => live && setError(t(toDataError(failure).messageKey)),
    );
    return () => {
      live = false;
    };
  }, [request, t]);

  const confirm = async () => {
    try {
      const result = await importReviewRequest(request, choices, { actorId: profile.id, now: new Date() });
      if (result.ok) onDone(t('reviewUi.file.imported', { count: result.imported }));
      else setError(translateKey(t, result.messageKey));
    } catch (failure) {
      setError(t(toDataError(failure).messageKey));
    }
  };

  return (
    <div className="cd-review-import">
      <p>{t('reviewUi.file.importing', { name: request.from.name, count: request.posts.length })}</p>
      <ul>
        {request.posts.map((post) => (
          <li key={post.id}>{post.title}</li>
        ))}
      </ul>
      {preview !== null && preview.conflicts.length > 0 && (
        <>
          <h3>{t('reviewUi.file.conflictsHeading')}</h3>
          <p className="cd-hint">{t('reviewUi.file.conflictHint')}</p>
          {preview.conflicts.map(({ mine, theirs }) => (
            <fieldset key={theirs.id}>
              <legend>{mine.title}</legend>
              {(['mine', 'theirs'] as const).map((choice) => (
                <label key={choice} className="cd-check">
                  <input
                    type="radio"
                    name={`conflict-${theirs.id}`}
                    checked={choices[theirs.id] === choice}
                    onChange={() => setChoices((current) => ({ ...current, [theirs.id]: choice }))}
                  />
                  {choice === 'mine' ? t('reviewUi.file.keepMine') : t('reviewUi.file.takeTheirs')}
                </label>
              ))}
            </fieldset>
          ))}
        </>
      )}
      {error !== null && (
        <p role="alert" className="cd-form-error">
          {error}
        </p>
      )}
      <div className="cd-dialog-actions">
        <button
          type="button"
          className="cd-primary"
          disabled={preview === null}
          onClick={() => void confirm()}
        >
          {t('reviewUi.file.confirmImport')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('reviewUi.file.cancel')}
        </button>
      </div>
    </div>
  );
}

function DecisionImport({
  decision,
  profile,
  onCancel,
}: ReviewFileImportProps & { decision: ReviewDecision }) {
  const { t } = useTranslation();
  const [result, setResult] = useState<ApplyDecisionResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [typed, setTyped] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const fingerprintId = useId();
  const apply = async () => {
    try {
      setResult(await applyDecisionFile(decision, { actorId: profile.id, now: new Date() }));
    } catch (failure) {
      setError(t(toDataError(failure).messageKey));
    }
  };
  useEffect(() => {
    let live = true;
    applyDecisionFile(decision, { actorId: profile.id, now: new Date() }).then(
      (applied) => live && setResult(applied),
      (failure: unknown) => live && setError(t(toDataError(failure).messageKey)),
    );
    return () => {
      live = false;
    };
  }, [decision, profile.id, t]);

  // Trusting the file's key is an admin certifying it into the roster after comparing its fingerprint.
  const certify = async () => {
    setError(null);
    try {
      const certified = await certifyDecisionKey(decision, typed, { actorId: profile.id, now: new Date() });
      if (!certified.ok) {
        setError(translateKey(t, certified.reason));
        return;
      }
      setNotice(t('reviewUi.trust.certified', { name: decision.by.name }));
      setTyped('');
      await apply();
    } catch (failure) {
      setError(t(toDataError(failure).messageKey));
    }
  };

  const key = decision.by.publicKey;
  const fingerprint = key === null ? null : keyFingerprint(key);
  const isAdmin = hasRole(profile, 'admin');
  return (
    <div className="cd-review-import" aria-live="polite">
      <h3>{t('reviewUi.file.decisionHeading', { name: decision.by.name })}</h3>
      {result?.uncertifiedKey != null && fingerprint !== null && (
        <div className="cd-review-trust">
          <p>{t('reviewUi.trust.uncertified', { name: decision.by.name })}</p>
          <p>
            {t('reviewUi.trust.fingerprint')} <code className="cd-fingerprint">{fingerprint}</code>
          </p>
          {isAdmin ? (
            <>
              <p className="cd-hint">{t('reviewUi.trust.compare', { name: decision.by.name })}</p>
              <div className="cd-field">
                <label htmlFor={fingerprintId}>
                  {t('reviewUi.trust.typeLabel', { name: decision.by.name })}
                </label>
                <input
                  id={fingerprintId}
                  value={typed}
                  autoComplete="off"
                  spellCheck={false}
                  onChange={(event) => setTyped(event.target.value)}
                />
              </div>
              <button type="button" disabled={typed.trim() === ''} onClick={() => void certify()}>
                {t('reviewUi.trust.certify')}
              </button>
            </>
          ) : (
            <p className="cd-hint">{t('reviewUi.trust.adminsOnly')}</p>
          )}
        </div>
      )}
      {notice !== null && <p role="status">{notice}</p>}
      {result !== null && (
        <>
          <h4>{t('reviewUi.file.resultsHeading')}</h4>
          <ul>
            {result.outcomes.map((outcome) => (
              <li key={outcome.postId}>
                {outcome.reasonKey === null ? (
                  <strong className="cd-sig-valid">
                    ✓ {t('reviewUi.file.applied', { title: outcome.title })}
                  </strong>
                ) : (
                  <span className="cd-sig-invalid">
                    ✗ {translateKey(t, outcome.reasonKey, { title: outcome.title })}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {error !== null && (
        <p role="alert" className="cd-form-error">
          {error}
        </p>
      )}
      <button type="button" onClick={onCancel}>
        {t('reviewUi.dialog.close')}
      </button>
    </div>
  );
}
