import { useRef, useState } from 'preact/hooks';
import type { MediatorView, TeamView } from '../api/registry';
import { ErrorMessage } from '../app/ErrorMessage';
import { useLoad } from '../app/hooks';
import { PageHeading } from '../app/PageHeading';
import { paths } from '../app/router';
import { useServices } from '../app/services';
import { useCan } from '../auth/context';
import { fmt } from '../format/format';
import { t } from '../i18n';
import { DismissForm } from './DismissForm';
import { MediatorForm } from './MediatorForm';
import { ComplianceBadge } from './TeamCard';
import { TransferForm } from './TransferForm';
import './registry.css';

type Action =
  | { kind: 'add' }
  | { kind: 'edit' | 'dismiss' | 'transfer'; mediatorId: string };

/**
 * Hồ sơ tổ hòa giải: a team with its compliance (and why not), its serving and former mediators, and
 * for those who manage teams, adding, correcting, dismissing and transferring mediators. Every change is
 * sent with the version read (If-Match) and its answer, the team as it now stands, is shown at once:
 * compliance badge and reasons included. The province also sees the team's change history.
 */
export function TeamPage({ teamId }: { teamId: string }) {
  const { registry } = useServices();
  const loaded = useLoad((signal) => registry.team(teamId, signal), [teamId]);
  // The team as the last change answered, until a newer read.
  const [changed, setChanged] = useState<TeamView | undefined>();
  const fresh = loaded.data?.id === teamId ? loaded.data : undefined;
  const team = changed?.id === teamId && (!fresh || changed.version >= fresh.version) ? changed : fresh;
  const commune = useLoad(
    (signal) => (team ? registry.unit(team.communeCode, signal) : undefined),
    [team?.communeCode],
  );
  const communeName = commune.data?.code === team?.communeCode ? commune.data?.name : undefined;
  const mayManage = useCan('createTeams');
  const mayReadHistory = useCan('teamHistory');
  const [action, setAction] = useState<Action | null>(null);
  const [notice, setNotice] = useState('');
  const [historyRound, setHistoryRound] = useState(0);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const opener = useRef<string | null>(null);

  const open = (next: Action, openerId: string) => {
    opener.current = openerId;
    setNotice('');
    setAction(next);
  };
  const close = () => {
    setAction(null);
    const back = opener.current;
    setTimeout(() => (back ? document.getElementById(back)?.focus() : undefined));
  };
  const done = (updated: TeamView, message: string) => {
    setChanged(updated);
    setAction(null);
    const compliance = updated.compliance.compliant
      ? t.teamPage.nowCompliant
      : t.teamPage.nowNotCompliant(updated.compliance.reasons.join('; '));
    setNotice(`${message} ${compliance}`);
    setHistoryRound((n) => n + 1);
    setTimeout(() => noticeRef.current?.focus());
  };
  const stale = () => {
    setChanged(undefined);
    loaded.reload();
  };

  const mediator = action && action.kind !== 'add' ? team?.mediators.find((m) => m.id === action.mediatorId) : undefined;
  const nameOf = (id: string | null) =>
    id ? [...(team?.mediators ?? []), ...(team?.formerMediators ?? [])].find((m) => m.id === id)?.fullName : undefined;

  return (
    <>
      <nav class="breadcrumb" aria-label={t.overview.breadcrumb}>
        <ol>
          <li>
            <a href={paths.teams(team?.communeCode ?? null)}>
              {communeName ? t.teams.communeHeading(communeName) : t.teams.title}
            </a>
          </li>
          <li aria-current="page">{team?.name ?? t.teamPage.title}</li>
        </ol>
      </nav>
      <PageHeading
        title={team?.name ?? t.teamPage.title}
        kicker={team ? `${t.teamPage.title} · ${communeName ?? `${t.common.code} ${team.communeCode}`}` : undefined}
      />
      <p role="status" tabIndex={-1} ref={noticeRef} id="team-notice"
        class={notice ? 'alert alert--success' : 'visually-hidden'}>
        {notice}
      </p>
      {loaded.error && <ErrorMessage error={loaded.error} onRetry={loaded.reload} />}
      {loaded.loading && !team && <p>{t.common.loading}</p>}
      {team && (
        <>
          <section class="section panel team-summary" aria-labelledby="team-summary-heading">
            <h2 id="team-summary-heading" class="visually-hidden">{t.teamPage.compliance}</h2>
            <div class="badges">
              {!team.active && <span class="badge badge--neutral">{t.teams.inactive}</span>}
              <ComplianceBadge team={team} />
            </div>
            {!team.compliance.compliant && team.compliance.reasons.length > 0 && (
              <div class="team-card__reasons" data-testid="compliance-reasons">
                <p class="team-card__reasons-title">{t.teamPage.reasons}:</p>
                <ul>
                  {team.compliance.reasons.map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </ul>
              </div>
            )}
            <dl class="facts">
              <div>
                <dt>{t.teamPage.village}</dt>
                <dd>{team.villageName}</dd>
              </div>
              <div>
                <dt>{t.teamPage.commune}</dt>
                <dd>
                  {communeName ? t.registryCommon.unitValue(communeName, team.communeCode) : `${t.common.code} ${team.communeCode}`}
                </dd>
              </div>
              <div>
                <dt>{t.teamPage.status}</dt>
                <dd>
                  {team.active ? t.teamPage.active : t.teams.inactive}
                  {team.manyEthnicMinorityResidents && ` · ${t.teams.manyEthnicMinority}`}
                </dd>
              </div>
              <div>
                <dt>{t.teamPage.changedAt}</dt>
                <dd>{fmt.dateTime(team.changedAt)}</dd>
              </div>
            </dl>
          </section>

          <section class="section" aria-labelledby="mediators-heading">
            <div class="section-header">
              <h2 id="mediators-heading">{t.teamPage.mediatorsHeading}</h2>
              {mayManage && team.active && (
                <button type="button" class="button" id="add-mediator" aria-expanded={action?.kind === 'add'}
                  aria-controls="mediator-action" onClick={() => open({ kind: 'add' }, 'add-mediator')}>
                  {t.teamPage.addMediator}
                </button>
              )}
            </div>
            {!team.active && <p class="muted">{t.teamPage.inactiveNote}</p>}
            {team.mediators.some((m) => m.birthYear === null) && <p class="muted">{t.teamPage.maskedNote}</p>}
            {team.mediators.length === 0 ? (
              <p>{t.teamPage.noMediators}</p>
            ) : (
              <ul class="mediator-cards" aria-label={t.teamPage.mediatorsCaption(team.mediators.length)}>
                {team.mediators.map((m) => (
                  <MediatorCard key={m.id} mediator={m} manage={mayManage && team.active}
                    onAction={(kind, openerId) => open({ kind, mediatorId: m.id }, openerId)} />
                ))}
              </ul>
            )}
            <div id="mediator-action">
              {action && (action.kind === 'add' || mediator) && (
                <div class="panel action-panel">
                  {action.kind === 'add' && (
                    <MediatorForm key="add" team={team} onCancel={close} onStale={stale}
                      onDone={(updated, name) => done(updated, t.teamPage.admitted(name))} />
                  )}
                  {action.kind === 'edit' && mediator && (
                    <MediatorForm key={`edit-${mediator.id}`} team={team} mediator={mediator} onCancel={close}
                      onStale={stale} onDone={(updated, name) => done(updated, t.teamPage.corrected(name))} />
                  )}
                  {action.kind === 'dismiss' && mediator && (
                    <DismissForm key={`dismiss-${mediator.id}`} team={team} mediator={mediator} onCancel={close}
                      onStale={stale} onDone={(updated) => done(updated, t.teamPage.dismissed(mediator.fullName))} />
                  )}
                  {action.kind === 'transfer' && mediator && (
                    <TransferForm key={`transfer-${mediator.id}`} team={team} mediator={mediator} onCancel={close}
                      onStale={stale}
                      onDone={(updated, to) =>
                        done(updated, t.teamPage.transferred(mediator.fullName, to?.name ?? t.teams.title))
                      } />
                  )}
                </div>
              )}
            </div>
          </section>

          {team.formerMediators.length > 0 && <FormerMediators team={team} />}

          {mayReadHistory && <TeamHistory teamId={team.id} round={historyRound} nameOf={nameOf} teamName={team.name} />}
        </>
      )}
      <p>
        <a href={paths.teams(team?.communeCode ?? null)}>{t.teamPage.backToTeams}</a>
      </p>
    </>
  );
}

function MediatorCard({
  mediator: m,
  manage,
  onAction,
}: {
  mediator: MediatorView;
  manage: boolean;
  onAction(kind: 'edit' | 'dismiss' | 'transfer', openerId: string): void;
}) {
  const p = t.teamPage;
  const masked = <span class="muted">{p.masked}</span>;
  const id = (kind: string) => `${kind}-${m.id}`;
  return (
    <li class="mediator-card" data-mediator-id={m.id}>
      <div class="mediator-card__header">
        <h3>{m.fullName}</h3>
        {m.leader && <span class="badge badge--neutral">{p.leader}</span>}
      </div>
      <dl class="mediator-card__facts">
        <div>
          <dt>{p.gender}</dt>
          <dd>{t.teams.genders[m.gender] ?? m.gender}</dd>
        </div>
        <div>
          <dt>{p.birthYear}</dt>
          {/* A year, not a quantity: no thousands separator. */}
          <dd>{m.birthYear === null ? masked : String(m.birthYear)}</dd>
        </div>
        <div>
          <dt>{p.ethnicity}</dt>
          <dd>
            {m.ethnicity === null ? masked : m.ethnicity}
            {m.ethnicMinority && <span class="muted"> ({t.teams.ethnicMinority})</span>}
          </dd>
        </div>
        {m.background.length > 0 && (
          <div>
            <dt>{t.mediatorForm.background}</dt>
            <dd>{m.background.join('; ')}</dd>
          </div>
        )}
        <div>
          <dt>{p.recognition}</dt>
          <dd>
            {m.recognitionNumber
              ? t.registryCommon.decisionValue(m.recognitionNumber, m.recognitionDate ? fmt.calendarDate(m.recognitionDate) : null)
              : t.registryCommon.none}
          </dd>
        </div>
      </dl>
      {manage && (
        <div class="mediator-card__actions">
          <button type="button" class="button button--secondary" id={id('edit')} aria-label={p.edit(m.fullName)}
            onClick={() => onAction('edit', id('edit'))}>
            {p.editShort}
          </button>
          <button type="button" class="button button--secondary" id={id('transfer')} aria-label={p.transfer(m.fullName)}
            onClick={() => onAction('transfer', id('transfer'))}>
            {p.transferShort}
          </button>
          <button type="button" class="button button--secondary button--danger-outline" id={id('dismiss')}
            aria-label={p.dismiss(m.fullName)} onClick={() => onAction('dismiss', id('dismiss'))}>
            {p.dismissShort}
          </button>
        </div>
      )}
    </li>
  );
}

function FormerMediators({ team }: { team: TeamView }) {
  const p = t.teamPage;
  return (
    <section class="section" aria-labelledby="former-heading">
      <h2 id="former-heading">{p.formerHeading}</h2>
      <div class="table-scroll">
        <table class="data-table data-table--compact">
          <caption class="visually-hidden">{p.formerHeading}</caption>
          <thead>
            <tr>
              <th scope="col">{p.fullName}</th>
              <th scope="col">{p.howLeft}</th>
              <th scope="col">{p.leftOn}</th>
            </tr>
          </thead>
          <tbody>
            {team.formerMediators.map((m) => (
              <tr key={m.id}>
                <th scope="row">{m.fullName}</th>
                <td>
                  {m.transferredTo ? (
                    <>
                      {p.transferredTo} (<a href={paths.team(m.transferredTo)}>{p.viewTeam}</a>)
                    </>
                  ) : m.dismissalGround ? (
                    t.dismissForm.grounds[m.dismissalGround] ?? m.dismissalGround
                  ) : (
                    t.registryCommon.none
                  )}
                </td>
                <td>{m.dismissalDate ? fmt.calendarDate(m.dismissalDate) : t.registryCommon.none}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The team's change history (province only), newest first. */
function TeamHistory({
  teamId,
  teamName,
  round,
  nameOf,
}: {
  teamId: string;
  teamName: string;
  round: number;
  nameOf(id: string | null): string | undefined;
}) {
  const { registry } = useServices();
  const history = useLoad((signal) => registry.teamHistory(teamId, signal), [teamId, round]);
  const p = t.teamPage;
  const entries = [...(history.data ?? [])].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <section class="section panel" aria-labelledby="history-heading">
      <h2 id="history-heading">{p.historyHeading}</h2>
      <p class="field-hint">{p.historyIntro}</p>
      {history.error && <ErrorMessage error={history.error} onRetry={history.reload} />}
      {history.loading && !history.data && <p>{t.common.loading}</p>}
      {history.data && entries.length === 0 && <p>{p.historyEmpty}</p>}
      {entries.length > 0 && (
        <ol class="history" aria-label={p.historyCaption}>
          {entries.map((entry, i) => (
            <li key={`${entry.at}-${i}`} class="history__entry">
              <p class="history__when">
                <time dateTime={entry.at}>{fmt.dateTime(entry.at)}</time>
                {' · '}
                {entry.by}
                {entry.role && <span class="muted"> ({t.auth.roles[entry.role] ?? entry.role})</span>}
              </p>
              <p class="history__what">
                <strong>{entry.description}</strong>
                {entry.mediatorId && nameOf(entry.mediatorId) && (
                  <span> — {p.historyMediator(nameOf(entry.mediatorId)!)}</span>
                )}
              </p>
              {entry.fields.length > 0 && (
                <ul class="history__fields">
                  {entry.fields.map((change) => (
                    <li key={change.field}>
                      {p.fieldChange(
                        p.fieldNames[change.field] ?? change.field,
                        valueOf(change.field, change.before, teamId, teamName),
                        valueOf(change.field, change.after, teamId, teamName),
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** A value of the history as officials read it: Vietnamese words, dates dd/MM/yyyy. */
export function valueOf(field: string, value: string | null, teamId: string, teamName: string): string {
  if (value === null || value === '') {
    return t.teamPage.empty;
  }
  switch (field) {
    case 'gender':
      return t.teams.genders[value] ?? value;
    case 'leader':
      return value === 'true' ? t.registryCommon.yes : value === 'false' ? t.registryCommon.no : value;
    case 'dismissalGround':
      return t.dismissForm.grounds[value] ?? value;
    case 'teamId':
      return value === teamId ? teamName : value;
    default:
      return /^\d{4}-\d{2}-\d{2}$/.test(value) ? fmt.calendarDate(value) : value;
  }
}
