import { useEffect, useRef } from 'react';

/**
 * Problems with a form that belong to no single input. Takes focus when it appears,
 * so keyboard and screen reader users learn why nothing happened.
 */
export function FormAlert({ title = 'That did not work', messages }: { title?: string; messages: readonly string[] }) {
  const ref = useRef<HTMLDivElement>(null);
  const text = messages.join('\n');
  useEffect(() => {
    if (text) ref.current?.focus();
  }, [text]);
  if (messages.length === 0) return null;
  return (
    <div ref={ref} className="form-alert" role="alert" tabIndex={-1}>
      <p className="form-alert-title">{title}</p>
      {messages.length === 1 ? (
        <p>{messages[0]}</p>
      ) : (
        <ul>
          {messages.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
