import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Button } from './Button.tsx';

export interface DialogProps {
  open: boolean;
  title: string;
  onClose: () => void;
  /** A line under the title. */
  description?: ReactNode;
  /** A mark before the title, e.g. ★; hidden from screen readers. */
  icon?: string;
  children: ReactNode;
}

/**
 * A modal dialog on the native <dialog>: the browser keeps focus inside it, Escape closes
 * it, and focus returns to where it was when it closes.
 */
export function Dialog({ open, title, onClose, description, icon, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const returnTo = useRef<Element | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnTo.current = document.activeElement;
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  useEffect(() => {
    const dialog = ref.current;
    return () => {
      if (dialog?.open) dialog.close();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClose={() => {
        if (returnTo.current instanceof HTMLElement) returnTo.current.focus();
      }}
    >
      {open && (
        <div className="dialog-body">
          <div className="dialog-header">
            <div className="card-header">
              <h2 id={titleId}>
                {icon && (
                  <span className="dialog-icon" aria-hidden="true">
                    {icon}{' '}
                  </span>
                )}
                {title}
              </h2>
              {description && <p className="card-subtitle">{description}</p>}
            </div>
            <Button variant="ghost" size="small" onClick={onClose}>
              Close<span className="visually-hidden"> dialog</span>
            </Button>
          </div>
          {children}
        </div>
      )}
    </dialog>
  );
}
