import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { logout, type Me } from '../auth/auth.api.ts';

/** The signed-in user's name opening a small menu with "Esci" (a disclosure: button + panel). */
export function UserMenu({ me }: { me: Me }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      toggle.current?.focus();
    };
    const onPointer = (event: MouseEvent) => {
      if (event.target instanceof Node && !root.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onPointer);
    };
  }, [open]);

  const signOut = async () => {
    await logout().catch(() => undefined);
    // A full load rather than a client-side navigation: nothing of this user's data stays in memory.
    window.location.assign('/login');
  };

  return (
    <div className="user-menu position-relative" ref={root}>
      <button
        ref={toggle}
        type="button"
        className="btn btn-primary btn-sm btn-icon"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={t('header.userMenu', { name: me.name })}
        onClick={() => setOpen((value) => !value)}
      >
        <span className="rounded-icon bg-white text-primary fw-semibold me-md-2" aria-hidden="true">
          {initials(me.name)}
        </span>
        <span className="d-none d-md-inline">{me.name}</span>
      </button>
      <div id={panelId} hidden={!open} className="user-menu-panel shadow bg-white rounded p-3">
        <p className="mb-1 fw-semibold text-dark">{me.name}</p>
        <p className="mb-3 small text-secondary">{me.email}</p>
        <button type="button" className="btn btn-outline-primary btn-sm w-100" onClick={() => void signOut()}>
          {t('header.logout')}
        </button>
      </div>
    </div>
  );
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part.charAt(0).toUpperCase())
    .join('');
}
