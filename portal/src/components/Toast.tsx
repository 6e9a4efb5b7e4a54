import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';

type Tone = 'success' | 'error';

interface Toast {
  id: number;
  message: string;
  tone: Tone;
}

interface ToastControl {
  /** Announces a short status message, e.g. "Invitation sent". */
  notify(message: string, tone?: Tone): void;
}

const ToastContext = createContext<ToastControl | null>(null);
const TOAST_MS = 7000;

/**
 * Status messages after an action. The live region is always in the page, so screen
 * readers announce every message added to it.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);
  const dismiss = useCallback((id: number) => setToasts((current) => current.filter((toast) => toast.id !== id)), []);
  const notify = useCallback((message: string, tone: Tone = 'success') => {
    const id = nextId.current++;
    setToasts((current) => [...current.slice(-2), { id, message, tone }]);
  }, []);
  const control = useMemo(() => ({ notify }), [notify]);
  return (
    <ToastContext.Provider value={control}>
      {children}
      <div className="toast-region" role="status" aria-live="polite">
        {toasts.map((toast) => (
          <ToastItem key={toast.id} toast={toast} onDismiss={dismiss} />
        ))}
      </div>
    </ToastContext.Provider>
  );
}

function ToastItem({ toast, onDismiss }: { toast: Toast; onDismiss: (id: number) => void }) {
  const [paused, setPaused] = useState(false);
  useEffect(() => {
    if (paused) return;
    const timer = window.setTimeout(() => onDismiss(toast.id), TOAST_MS);
    return () => window.clearTimeout(timer);
  }, [paused, toast.id, onDismiss]);
  return (
    <div
      className={toast.tone === 'error' ? 'toast toast-error' : 'toast'}
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
      onFocus={() => setPaused(true)}
      onBlur={() => setPaused(false)}
    >
      <span aria-hidden="true">{toast.tone === 'error' ? '⚠' : '✓'}</span>
      <p className="toast-text">{toast.message}</p>
      <button type="button" className="button button-ghost button-small" onClick={() => onDismiss(toast.id)}>
        Dismiss<span className="visually-hidden"> notification</span>
      </button>
    </div>
  );
}

export function useToast(): ToastControl {
  const control = useContext(ToastContext);
  if (!control) throw new Error('useToast must be used inside ToastProvider');
  return control;
}
