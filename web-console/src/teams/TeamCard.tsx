import type { MediatorView, TeamView } from '../api/registry';
import { paths } from '../app/router';
import { fmt } from '../format/format';
import { t } from '../i18n';

/** One team: its compliance with Art. 12 (and why not), its leader and its mediators. */
export function TeamCard({ team }: { team: TeamView }) {
  const leader = team.mediators.find((m) => m.leader);
  const headingId = `team-${team.id}`;
  return (
    <article class="team-card" aria-labelledby={headingId} data-team-id={team.id}>
      <header class="team-card__header">
        <h3 id={headingId}>
          <a href={paths.team(team.id)}>{team.name}</a>
        </h3>
        <div class="badges">
          {!team.active && <span class="badge badge--neutral">{t.teams.inactive}</span>}
          <ComplianceBadge team={team} />
        </div>
      </header>
      <dl class="team-card__facts">
        <div>
          <dt>{t.teams.village}</dt>
          <dd>{team.villageName}</dd>
        </div>
        <div>
          <dt>{t.teams.mediatorsHeading}</dt>
          <dd>{t.teams.mediatorsCount(team.mediators.length)}</dd>
        </div>
        <div>
          <dt>{t.teams.leader}</dt>
          <dd>{leader ? leader.fullName : t.teams.noLeader}</dd>
        </div>
        {team.manyEthnicMinorityResidents && (
          <div>
            <dt class="visually-hidden">{t.teams.manyEthnicMinority}</dt>
            <dd>{t.teams.manyEthnicMinority}</dd>
          </div>
        )}
      </dl>
      {!team.compliance.compliant && team.compliance.reasons.length > 0 && (
        <div class="team-card__reasons">
          <p class="team-card__reasons-title">{t.teams.reasonsLabel}:</p>
          <ul>
            {team.compliance.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </div>
      )}
      {team.mediators.length + team.formerMediators.length > 0 && (
        <details class="team-card__mediators">
          <summary>{t.teams.showMediators(team.mediators.length)}</summary>
          <MediatorTable caption={t.teams.mediatorsHeading} mediators={team.mediators} />
          {team.formerMediators.length > 0 && (
            <MediatorTable caption={t.teams.formerMediatorsHeading} mediators={team.formerMediators} />
          )}
        </details>
      )}
      <p class="muted team-card__changed">{t.teams.changedAt(fmt.dateTime(team.changedAt))}</p>
    </article>
  );
}

export function ComplianceBadge({ team }: { team: Pick<TeamView, 'compliance'> }) {
  return team.compliance.compliant ? (
    <span class="badge badge--ok">
      <span aria-hidden="true">✓ </span>
      {t.teams.compliant}
    </span>
  ) : (
    <span class="badge badge--warn">
      <span aria-hidden="true">! </span>
      {t.teams.notCompliant}
    </span>
  );
}

function MediatorTable({ caption, mediators }: { caption: string; mediators: MediatorView[] }) {
  if (mediators.length === 0) {
    return null;
  }
  return (
    <div class="table-scroll">
      <table class="data-table data-table--compact">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.teams.fullName}</th>
            <th scope="col">{t.teams.gender}</th>
            <th scope="col" class="num">{t.teams.birthYear}</th>
            <th scope="col">{t.teams.ethnicity}</th>
            <th scope="col">{t.teams.role}</th>
          </tr>
        </thead>
        <tbody>
          {mediators.map((m) => (
            <tr key={m.id}>
              <th scope="row">{m.fullName}</th>
              <td>{t.teams.genders[m.gender] ?? m.gender}</td>
              {/* A year, not a quantity: no thousands separator. */}
              <td class="num">{m.birthYear === null ? <span class="muted">{t.teamPage.masked}</span> : String(m.birthYear)}</td>
              <td>
                {m.ethnicity ?? <span class="muted">{t.teamPage.masked}</span>}
                {m.ethnicMinority && <span class="muted"> ({t.teams.ethnicMinority})</span>}
              </td>
              <td>{m.leader ? t.teams.leader : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
