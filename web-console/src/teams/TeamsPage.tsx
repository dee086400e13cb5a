import { useState } from 'preact/hooks';
import type { TeamView } from '../api/registry';
import { ErrorMessage } from '../app/ErrorMessage';
import { useLoad } from '../app/hooks';
import { PageHeading } from '../app/PageHeading';
import { navigate, paths } from '../app/router';
import { useServices } from '../app/services';
import { useCan, useSession } from '../auth/context';
import { t } from '../i18n';
import { DownloadButton } from '../imports/download';
import { CommunePicker } from './CommunePicker';
import { TeamCard } from './TeamCard';
import { TeamForm } from './TeamForm';

export const PAGE_SIZE = 50;

/** Tổ hòa giải: a commune's teams with their compliance, and registering a new one. */
export function TeamsPage({ communeCode }: { communeCode: string | null }) {
  const { registry } = useServices();
  const commune = useLoad(
    (signal) => (communeCode ? registry.unit(communeCode, signal) : undefined),
    [communeCode],
  );
  const communeName = commune.data?.code === communeCode ? commune.data.name : undefined;
  // A commune officer has one commune: nothing to choose.
  const picksCommune = useSession()?.user.role !== 'COMMUNE_OFFICER';

  return (
    <>
      <PageHeading
        title={communeName ? t.teams.communeHeading(communeName) : t.teams.title}
        kicker={communeName ? `${t.teams.title} · ${t.common.code} ${communeCode}` : undefined}
      />
      {picksCommune && (
        <section class="section panel" aria-labelledby="commune-heading">
          <h2 id="commune-heading">{t.teams.chooseCommune}</h2>
          <CommunePicker onChoose={(unit) => navigate(paths.teams(unit.code))} />
        </section>
      )}
      {commune.error && <ErrorMessage error={commune.error} onRetry={commune.reload} />}
      {!communeCode && <p>{t.teams.noCommune}</p>}
      {communeCode && <CommuneTeams key={communeCode} communeCode={communeCode} />}
    </>
  );
}

function CommuneTeams({ communeCode }: { communeCode: string }) {
  const { registry } = useServices();
  const [page, setPage] = useState(0);
  const [formOpen, setFormOpen] = useState(false);
  const [notice, setNotice] = useState('');
  const mayCreate = useCan('createTeams');
  const mayExport = useCan('exportTeams');
  const teams = useLoad((signal) => registry.teams(communeCode, page, PAGE_SIZE, signal), [communeCode, page]);

  const created = (team: TeamView) => {
    setFormOpen(false);
    setNotice(
      team.compliance.compliant
        ? t.teamForm.created(team.name)
        : t.teamForm.createdNotCompliant(team.name, team.compliance.reasons.join('; ')),
    );
    teams.reload();
    setTimeout(() => document.getElementById('teams-heading')?.focus());
  };

  return (
    <section class="section" aria-labelledby="teams-heading">
      <div class="section-header">
        <h2 id="teams-heading" tabIndex={-1}>
          {t.teams.listHeading}
        </h2>
        {mayCreate && !formOpen && (
          <button type="button" class="button" aria-expanded="false" aria-controls="team-form"
            onClick={() => { setNotice(''); setFormOpen(true); }}>
            {t.teams.createButton}
          </button>
        )}
      </div>
      <p role="status" class={notice ? 'alert alert--success' : 'visually-hidden'}>{notice}</p>
      {mayExport && teams.data && teams.data.length > 0 && (
        <DownloadButton id="export-teams" secondary label={t.imports.exportTeams}
          fetchFile={() => registry.exportTeams(communeCode)} fallbackName={`to-hoa-giai-${communeCode}.xlsx`} />
      )}
      {formOpen && (
        <div id="team-form" class="panel">
          <TeamForm communeCode={communeCode} onCreated={created} onCancel={() => setFormOpen(false)} />
        </div>
      )}
      {teams.error && <ErrorMessage error={teams.error} onRetry={teams.reload} />}
      {teams.loading && !teams.data && <p>{t.common.loading}</p>}
      {teams.data && teams.data.length === 0 && page === 0 && <p>{t.teams.none}</p>}
      {teams.data && teams.data.length > 0 && page === 0 && teams.data.length < PAGE_SIZE && (
        <p class="muted">{t.teams.count(teams.data.length)}</p>
      )}
      {teams.data && teams.data.length > 0 && (
        <div class="team-list">
          {teams.data.map((team) => (
            <TeamCard key={team.id} team={team} />
          ))}
        </div>
      )}
      {(page > 0 || (teams.data?.length ?? 0) >= PAGE_SIZE) && (
        <nav class="pager" aria-label={t.common.page(page + 1)}>
          <button type="button" class="button button--secondary" disabled={page === 0}
            onClick={() => setPage((p) => Math.max(0, p - 1))}>
            {t.common.previousPage}
          </button>
          <span>{t.common.page(page + 1)}</span>
          <button type="button" class="button button--secondary" disabled={(teams.data?.length ?? 0) < PAGE_SIZE}
            onClick={() => setPage((p) => p + 1)}>
            {t.common.nextPage}
          </button>
        </nav>
      )}
    </section>
  );
}
