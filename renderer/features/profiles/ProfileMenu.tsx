/**
 * The active profile in the header: a button "Profil: <Name>" (initials, name, roles) opening a menu with the
 * other profiles to switch to (a PIN is asked when set) and "Abmelden". Arrow keys, Home, End and Escape work as
 * in any menu; focus returns to the button when the menu closes.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredProfile } from '../../../shared/model/profile';
import { useUiStore } from '../../state/uiStore';
import { Modal } from '../../ui/Modal';
import { PinForm } from './PinForm';
import { roleList } from './roleLabels';
import './profiles.css';
import { useDismissOnOutsidePointer } from '../../ui/useDismissOnOutsidePointer';

interface ProfileMenuProps {
  profiles: StoredProfile[];
  profile: StoredProfile;
}

export function ProfileMenu({ profiles, profile }: ProfileMenuProps) {
  const { t } = useTranslation();
  const menuId = useId();
  const setCurrentUser = useUiStore((state) => state.setCurrentUser);
  const [open, setOpen] = useState(false);
  const [pinFor, setPinFor] = useState<StoredProfile | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const others = profiles.filter((entry) => entry.id !== profile.id);

  const items = () => [...(listRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];

  useEffect(() => {
    if (open) items()[0]?.focus();
  }, [open]);

  useDismissOnOutsidePointer(open, [listRef, buttonRef], () => setOpen(false));

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  const onMenuKey = (event: KeyboardEvent<HTMLUListElement>) => {
    const list = items();
    const index = list.indexOf(document.activeElement as HTMLElement);
    const focus = (next: number) => list[(next + list.length) % list.length]?.focus();
    if (event.key === 'ArrowDown') focus(index + 1);
    else if (event.key === 'ArrowUp') focus(index - 1);
    else if (event.key === 'Home') focus(0);
    else if (event.key === 'End') focus(list.length - 1);
    else if (event.key === 'Escape') close();
    else if (event.key === 'Tab') setOpen(false);
    else return;
    if (event.key !== 'Tab') event.preventDefault();
  };

  const switchTo = (target: StoredProfile) => {
    setOpen(false);
    if (target.pin === null) setCurrentUser(target.id);
    else setPinFor(target);
  };

  const roles = roleList(t, profile.roles);

  return (
    <div className="cd-profile-menu">
      {/* Initials and roles stand beside the button, so its visible text is its name "Profil: <Name>" minus the
          prefix (WCAG 2.5.3 Label in Name); the roles are its description. */}
      <span className="cd-avatar" aria-hidden="true">
        {profile.initials}
      </span>
      <button
        ref={buttonRef}
        type="button"
        className="cd-profile-menu-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={t('profilesUi.menu.button', { name: profile.name })}
        aria-describedby={`${menuId}-roles`}
        onClick={() => setOpen(!open)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && !open) {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        {profile.name}
      </button>
      <span id={`${menuId}-roles`} className="cd-profile-menu-roles">
        {roles}
      </span>
      {open && (
        <ul
          ref={listRef}
          id={menuId}
          role="menu"
          aria-label={t('profilesUi.menu.label')}
          className="cd-profile-menu-list"
          onKeyDown={onMenuKey}
        >
          {others.map((entry) => (
            <li key={entry.id} role="none">
              <button type="button" role="menuitem" tabIndex={-1} onClick={() => switchTo(entry)}>
                {t('profilesUi.menu.switchTo', { name: entry.name })}
                {entry.pin !== null && ` (${t('profilesUi.pinProtected')})`}
              </button>
            </li>
          ))}
          <li role="none">
            <button type="button" role="menuitem" tabIndex={-1} onClick={() => setCurrentUser('')}>
              {t('profilesUi.menu.signOut')}
            </button>
          </li>
        </ul>
      )}
      {pinFor && (
        <Modal
          title={t('profilesUi.menu.switchTitle', { name: pinFor.name })}
          onClose={() => setPinFor(null)}
        >
          <PinForm
            profile={pinFor}
            cancelLabel={t('profilesUi.pin.cancel')}
            onCancel={() => setPinFor(null)}
            onUnlocked={() => {
              setPinFor(null);
              setCurrentUser(pinFor.id);
            }}
          />
        </Modal>
      )}
    </div>
  );
}
