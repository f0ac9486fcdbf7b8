import { useEffect, useState } from 'react';

/** A message for the next screen ("registered as CSS-2026-000042"), shown once. */
let pending: string | null = null;

export function flash(message: string): void {
  pending = message;
}

export function FlashMessage() {
  const [message] = useState(() => pending);
  const [visible, setVisible] = useState(message !== null);
  useEffect(() => {
    pending = null;
    if (!message) return;
    const timer = setTimeout(() => setVisible(false), 15000);
    return () => clearTimeout(timer);
  }, [message]);
  if (!message || !visible) return null;
  return <p className="notice notice-ok" role="status" data-testid="flash">{message}</p>;
}
