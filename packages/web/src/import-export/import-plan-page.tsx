import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError } from '../api/client.ts';
import { meQueryKey } from '../auth/auth.api.ts';
import { orgQueryKeys } from '../orgs/orgs.api.ts';
import { useOrgName } from '../ui/current-org.ts';
import { PageBreadcrumbs } from '../ui/page-breadcrumbs.tsx';
import { usePageTitle } from '../ui/use-page-title.ts';
import { ExpectedColumns } from './expected-columns.tsx';
import { ImportFailure } from './import-failure.tsx';
import { ImportForm } from './import-form.tsx';
import {
  type FieldProblems,
  initialValues,
  readImportForm,
  serverFieldProblems,
} from './import-form-values.ts';
import {
  type ImportResult,
  isAbort,
  type UploadProgress as Progress,
  uploadPlan,
} from './import-plan.api.ts';
import { useCanImportPlan } from './import-plan-link.tsx';
import { ImportSuccess } from './import-success.tsx';
import { UploadProgress } from './upload-progress.tsx';

type Stage =
  | { kind: 'editing' }
  | { kind: 'sending'; progress: Progress }
  | { kind: 'done'; result: ImportResult; title: string }
  | { kind: 'failed'; error: unknown; fileName: string; attempt: number }
  | { kind: 'cancelled' };

/** A secretary brings in the plan table the comune keeps in a spreadsheet: all of it, or nothing. */
export function ImportPlanPage() {
  const { orgId = '' } = useParams();
  const { t } = useTranslation('importExport');
  const orgName = useOrgName(orgId);
  const allowed = useCanImportPlan(orgId);
  const queryClient = useQueryClient();
  const [values, setValues] = useState(initialValues);
  const [file, setFile] = useState<File | null>(null);
  const [problems, setProblems] = useState<FieldProblems>({});
  const [stage, setStage] = useState<Stage>({ kind: 'editing' });
  const [refusals, setRefusals] = useState(0);
  const summary = useRef<HTMLDivElement>(null);
  const upload = useRef<AbortController | null>(null);
  usePageTitle(t('page.title'));

  // Leaving the page stops an upload still on its way.
  useEffect(() => () => upload.current?.abort(), []);
  // After a refused submit the error summary takes the focus, so it is read first.
  useEffect(() => {
    if (refusals > 0) summary.current?.focus();
  }, [refusals]);

  const submit = () => {
    const form = readImportForm(orgId, values, file);
    if (!form.ok) {
      setProblems(form.problems);
      setRefusals((n) => n + 1);
      return;
    }
    setProblems({});
    const controller = new AbortController();
    upload.current = controller;
    const attempt = Date.now();
    setStage({ kind: 'sending', progress: { phase: 'uploading', loaded: 0, total: form.request.file.size } });
    uploadPlan(form.request, (progress) => setStage({ kind: 'sending', progress }), controller.signal).then(
      (result) => {
        void queryClient.invalidateQueries({ queryKey: orgQueryKeys.one(orgId) });
        setStage({ kind: 'done', result, title: form.request.title });
      },
      (error: unknown) => {
        if (controller.signal.aborted || isAbort(error)) return setStage({ kind: 'cancelled' });
        // The session ended meanwhile: the login page brings the secretary back here.
        if (error instanceof ApiError && error.status === 401) queryClient.setQueryData(meQueryKey, null);
        if (error instanceof ApiError && error.status === 400) setProblems(serverFieldProblems(error.errors));
        setStage({ kind: 'failed', error, fileName: form.request.file.name, attempt });
      },
    );
  };

  const again = () => {
    setValues(initialValues());
    setFile(null);
    setStage({ kind: 'editing' });
  };

  return (
    <>
      <PageBreadcrumbs
        items={[{ label: orgName ?? '…', to: `/orgs/${orgId}` }, { label: t('page.title') }]}
      />
      <h1 className="mb-3">{t('page.title')}</h1>
      <div className="visually-hidden" role="status" aria-live="polite">
        {stage.kind === 'sending' &&
          (stage.progress.phase === 'uploading' ? t('progress.uploadingStarted') : t('progress.processing'))}
        {stage.kind === 'cancelled' && t('progress.cancelled')}
      </div>
      {allowed === false ? (
        <div className="alert alert-warning">{t('failure.forbidden')}</div>
      ) : stage.kind === 'done' ? (
        <ImportSuccess result={stage.result} title={stage.title} onAnother={again} />
      ) : (
        <>
          <Introduction />
          {stage.kind === 'failed' && (
            <ImportFailure key={stage.attempt} error={stage.error} fileName={stage.fileName} />
          )}
          {stage.kind === 'cancelled' && <div className="alert alert-info">{t('progress.cancelled')}</div>}
          <ImportForm
            values={values}
            onValues={setValues}
            file={file}
            onFile={setFile}
            problems={problems}
            summaryRef={summary}
            busy={stage.kind === 'sending'}
            onSubmit={submit}
          />
          {/* Right below the button just pressed, where the eyes are. */}
          {stage.kind === 'sending' && (
            <UploadProgress progress={stage.progress} onCancel={() => upload.current?.abort()} />
          )}
          <hr className="my-5" />
          <ExpectedColumns />
        </>
      )}
    </>
  );
}

function Introduction() {
  const { t } = useTranslation('importExport');
  return (
    <div className="mb-4">
      <p>{t('page.intro')}</p>
      <p>{t('page.allOrNothing')}</p>
      <p className="mb-1">{t('page.example')}:</p>
      <ul>
        <li>
          <a href="/esempio-piano.xlsx" download>
            {t('page.exampleXlsx')}
          </a>
        </li>
        <li>
          <a href="/esempio-piano.csv" download>
            {t('page.exampleCsv')}
          </a>
        </li>
      </ul>
      <p>
        <a href="#expected-columns">{t('page.columnsLink')}</a>
      </p>
    </div>
  );
}
