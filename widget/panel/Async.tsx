// The three faces of anything loaded from the server: loading (and slow), failed (with retry), ready.
import type { ComponentChildren } from 'preact';
import type { Failure, FailureKind } from '../api.ts';
import { usePanel } from './context.ts';
import type { Resource } from './use-resource.ts';

const MESSAGE: Record<FailureKind, string> = {
  offline: 'error.offline',
  timeout: 'error.timeout',
  'rate-limited': 'error.rateLimited',
  'not-found': 'error.notFound',
  // A refused request is our bug, not something the person can fix: say so like any server error.
  'bad-request': 'error.server',
  server: 'error.server',
};

/** Explains a failed request in plain words, with a retry button when retrying can help. */
export function ErrorNotice({ error, retry }: { error: Failure; retry?: () => void }) {
  const { t } = usePanel();
  return (
    <div class="notice error" role="alert">
      <p>{t(MESSAGE[error.kind], { count: error.retryAfter ?? 0 })}</p>
      {retry && error.kind !== 'not-found' && (
        <button type="button" class="btn" onClick={retry}>
          {t('error.retry')}
        </button>
      )}
    </div>
  );
}

/** "Loading…", which turns into "still loading, the connection is slow" after a while. */
export function Loading({ slow }: { slow: boolean }) {
  const { t } = usePanel();
  return (
    <p class="loading" role="status">
      <span class="spinner" aria-hidden="true" />
      {slow ? t('error.slow') : t('loading')}
    </p>
  );
}

/** Render `children(data)` once `resource` has loaded; loading and error states otherwise. */
export function Async<T>({ resource, children }: { resource: Resource<T>; children: (data: T) => ComponentChildren }) {
  const { result, slow, retry } = resource;
  if (!result) return <Loading slow={slow} />;
  if (!result.ok) return <ErrorNotice error={result.error} retry={retry} />;
  return <>{children(result.data)}</>;
}
