import { ApiError } from '../api/client.ts';

/** A refused operation: our words first, then the server's reasons. */
export function ErrorAlert({ error, message }: { error: unknown; message: string }) {
  if (!error) return null;
  const reasons =
    error instanceof ApiError
      ? error.errors.length > 0
        ? error.errors.map((e) => e.message)
        : [error.detail || error.title]
      : [];
  return (
    <div className="alert alert-danger" role="alert">
      <p className="mb-1">{message}</p>
      {reasons.length > 0 && (
        <ul className="mb-0">
          {reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
