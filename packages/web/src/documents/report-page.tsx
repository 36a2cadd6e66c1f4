import { formatLocalDate as formatDate } from '@traguardo/domain/format/italian';
import type { PlanDocument } from '@traguardo/domain/plan/plan.schema';
import { Button } from 'design-react-kit';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { planPath } from '../plans/plan-links.ts';
import { PlanNav } from '../plans/plan-nav.tsx';
import { usePlan } from '../plans/plans.api.ts';
import { useOrgName } from '../ui/current-org.ts';
import { PageBreadcrumbs } from '../ui/page-breadcrumbs.tsx';
import { ProblemAlert } from '../ui/problem-alert.tsx';
import { QueryState } from '../ui/query-state.tsx';
import { TextBlock } from '../ui/text-block.tsx';
import { usePageTitle } from '../ui/use-page-title.ts';
import {
  type Report,
  useDocumentRoles,
  useReport,
  useSaveReport,
  useValidateReport,
} from './documents.api.ts';
import { documentsPath, documentUrls } from './documents-links.ts';

/** Relazione sulla Performance: the secretary's commentary, then the Nucleo's validation. */
export function ReportPage() {
  const { planId = '' } = useParams();
  const plan = usePlan(planId);
  const { t } = useTranslation('documents');
  usePageTitle(t('report.title'));
  return <QueryState query={plan}>{(doc) => <ReportView plan={doc} />}</QueryState>;
}

function ReportView({ plan }: { plan: PlanDocument }) {
  const { t } = useTranslation('documents');
  const orgName = useOrgName(plan.orgId);
  const report = useReport(plan.id);
  return (
    <>
      <PageBreadcrumbs
        items={[
          { label: orgName ?? '…', to: `/orgs/${plan.orgId}` },
          { label: plan.title, to: planPath(plan.id) },
          { label: t('documents.crumb'), to: documentsPath(plan.id) },
          { label: t('report.crumb') },
        ]}
      />
      <h1 className="mb-3">{t('report.title')}</h1>
      <PlanNav plan={plan} current="report" />
      <p className="lead">{t('report.intro')}</p>
      {plan.status === 'draft' ? (
        <p className="alert alert-info">{t('report.notAdopted')}</p>
      ) : (
        <QueryState query={report}>{(r) => <ReportBody plan={plan} report={r} />}</QueryState>
      )}
    </>
  );
}

function ReportBody({ plan, report }: { plan: PlanDocument; report: Report }) {
  const { t } = useTranslation('documents');
  const roles = useDocumentRoles(plan.orgId);
  const urls = documentUrls(plan.id);
  const validated = report.status === 'validated';
  return (
    <>
      <p className={validated ? 'fw-semibold text-success' : 'text-secondary'} aria-live="polite">
        {validated
          ? report.validatedBy
            ? t('report.validatedBy', { name: report.validatedBy.name, date: formatDate(report.validatedAt) })
            : t('report.validated', { date: formatDate(report.validatedAt) })
          : t('report.draft')}
      </p>
      <div className="d-flex flex-wrap gap-2 mb-4">
        <a className="btn btn-outline-primary btn-sm" href={urls.reportPdf} download>
          {t('report.pdf')}
        </a>
        <a className="btn btn-outline-primary btn-sm" href={urls.reportXlsx} download>
          {t('report.xlsx')}
        </a>
      </div>
      {!validated && roles.canEditReport ? (
        <CommentaryForm planId={plan.id} initial={report.commentary ?? ''} />
      ) : (
        <section aria-labelledby="report-commentary" className="mb-4">
          <h2 id="report-commentary" className="h4">
            {t('report.commentary')}
          </h2>
          {report.commentary ? (
            <TextBlock text={report.commentary} />
          ) : (
            <p className="text-secondary">{t('report.noCommentary')}</p>
          )}
        </section>
      )}
      {!validated && roles.canValidateReport && <ValidateAction planId={plan.id} />}
    </>
  );
}

function CommentaryForm({ planId, initial }: { planId: string; initial: string }) {
  const { t } = useTranslation('documents');
  const id = useId();
  const save = useSaveReport(planId);
  const [text, setText] = useState(initial);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(text);
  };
  return (
    <form onSubmit={submit} className="mb-4">
      <div className="form-group">
        <label htmlFor={`${id}-text`} className="active">
          {t('report.commentary')}
        </label>
        <textarea
          id={`${id}-text`}
          className="form-control"
          rows={12}
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-describedby={`${id}-hint`}
          lang="it"
        />
        <p id={`${id}-hint`} className="form-text small">
          {t('report.commentaryHint')}
        </p>
      </div>
      <Button color="primary" type="submit" disabled={save.isPending}>
        {t('report.save')}
      </Button>
      <div aria-live="polite" className="mt-3">
        {save.isSuccess && <p className="text-success">{t('report.saved')}</p>}
        <ProblemAlert error={save.error} message={t('report.error')} onlyApiReasons />
      </div>
      {text.trim() !== '' && (
        <section aria-labelledby={`${id}-preview`} className="mt-4 border-start border-4 ps-3">
          <h2 id={`${id}-preview`} className="h5">
            {t('report.preview')}
          </h2>
          <TextBlock text={text} />
        </section>
      )}
    </form>
  );
}

function ValidateAction({ planId }: { planId: string }) {
  const { t } = useTranslation('documents');
  const validate = useValidateReport(planId);
  const [confirming, setConfirming] = useState(false);
  return (
    <section className="mb-4">
      <p className="small text-secondary">{t('report.validateHint')}</p>
      {confirming ? (
        <div className="d-flex gap-2">
          <Button color="primary" onClick={() => validate.mutate()} disabled={validate.isPending}>
            {t('report.confirmValidate')}
          </Button>
          <Button color="secondary" outline onClick={() => setConfirming(false)}>
            {t('report.cancel')}
          </Button>
        </div>
      ) : (
        <Button color="primary" onClick={() => setConfirming(true)}>
          {t('report.validate')}
        </Button>
      )}
      <div aria-live="polite" className="mt-3">
        <ProblemAlert error={validate.error} message={t('report.error')} onlyApiReasons />
      </div>
    </section>
  );
}
