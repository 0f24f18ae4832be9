import type { ReactNode } from 'react';

/** A titled section of the studio; `step` numbers the setup cards (1 Dataset, 2 Model, 3 Train). */
export function Card({
  title,
  step,
  actions,
  children,
  className,
  testId,
}: {
  title: string;
  step?: number;
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
  testId?: string;
}) {
  return (
    <section className={`card ${className ?? ''}`} data-testid={testId} aria-label={title}>
      <header className="card-header">
        <h2 className="card-title">
          {step !== undefined && <span className="step">{step}</span>}
          {title}
        </h2>
        {actions && <div className="card-actions">{actions}</div>}
      </header>
      {children}
    </section>
  );
}

export function ProgressBar({ done, total, label }: { done: number; total?: number; label: string }) {
  const fraction = total ? Math.min(1, done / total) : undefined;
  return (
    <div className="progress" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={total} aria-valuenow={done}>
      <div className="progress-label">
        <span>{label}</span>
        {fraction !== undefined && <span className="muted">{Math.round(fraction * 100)} %</span>}
      </div>
      <div className={`progress-track ${fraction === undefined ? 'indeterminate' : ''}`}>
        <div className="progress-fill" style={{ width: fraction === undefined ? undefined : `${fraction * 100}%` }} />
      </div>
    </div>
  );
}

export function Messages({ errors = [], warnings = [], testId }: { errors?: string[]; warnings?: string[]; testId?: string }) {
  if (errors.length === 0 && warnings.length === 0) return null;
  return (
    <ul className="messages" data-testid={testId}>
      {errors.map((m, i) => (
        <li key={`e${i}`} className="message message-error">
          {m}
        </li>
      ))}
      {warnings.map((m, i) => (
        <li key={`w${i}`} className="message message-warning">
          {m}
        </li>
      ))}
    </ul>
  );
}
