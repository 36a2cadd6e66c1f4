import { ApiError } from '../api/client.ts';

/** What the server said against a request: each item's reason, else the problem's detail or title. */
export function problemReasons(error: unknown): string[] {
  if (!(error instanceof ApiError)) return [];
  return error.errors.length > 0 ? error.errors.map((e) => e.message) : [error.detail || error.title];
}

/**
 * A refused operation: our words first, then the reasons, one a line. A failure that is not the
 * API's (network) is shown in its own words, unless `onlyApiReasons`.
 */
export function ProblemAlert({
  error,
  message,
  onlyApiReasons = false,
}: {
  error: unknown;
  message: string;
  onlyApiReasons?: boolean;
}) {
  if (!error) return null;
  const reasons = error instanceof ApiError || onlyApiReasons ? problemReasons(error) : [String(error)];
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
