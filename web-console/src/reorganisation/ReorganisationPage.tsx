import { useEffect, useRef, useState } from 'preact/hooks';
import type { RegistryApi, Reorganisation } from '../api/registry';
import { ErrorMessage } from '../app/ErrorMessage';
import { useLoad } from '../app/hooks';
import { PageHeading } from '../app/PageHeading';
import { useServices } from '../app/services';
import { useSession } from '../auth/context';
import { FormSummary, useForm } from '../courses/shared';
import { SelectField } from '../forms/Choice';
import { normalizeField } from '../forms/fieldErrors';
import { fmt } from '../format/format';
import { officialCode, THREE_TIER, TWO_TIER } from '../hierarchy/versions';
import { t } from '../i18n';
import '../courses/training.css';
import '../teams/registry.css';

/** A team of a split commune, and the new commune chosen for it (the server's assumption at first). */
interface SplitTeam {
  teamId: string;
  teamName: string;
  fromCommune: string;
  choices: string[];
  chosen: string;
}

/** The name of each commune of the province, old and new, by id; a commune not found shows its code. */
type Names = ReadonlyMap<string, string>;

/**
 * Sắp xếp tổ hòa giải theo đơn vị hành chính mới (issue #12), for the province admin: choose the
 * province, "Xem trước" (a dry run) shows how many teams move and from which old commune to which new
 * one; a team of an old commune that was split into several new ones gets a choice among them. Then
 * "Thực hiện", after a confirmation, re-homes the teams with those choices; the server's objection to
 * a choice shows beside that team. The runs so far are listed below.
 */
export function ReorganisationPage() {
  const { registry } = useServices();
  const session = useSession();
  const r = t.reorganisation;
  const provinces = useLoad((signal) => registry.units({ hierarchy: THREE_TIER, level: 'PROVINCE' }, signal), [registry]);
  const [picked, setPicked] = useState('');
  const own = session?.user.unit;
  const provinceCode =
    picked || (provinces.data?.find((p) => p.code === own) ?? provinces.data?.[0])?.code || '';
  const names = useLoad((signal) => (provinceCode ? communeNames(registry, provinceCode, signal) : undefined), [registry, provinceCode]);
  const runs = useLoad((signal) => registry.reorganisations(signal), [registry]);
  const [preview, setPreview] = useState<Reorganisation | null>(null);
  const [teams, setTeams] = useState<SplitTeam[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<Reorganisation | null>(null);
  const resultRef = useRef<HTMLElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);

  const assignmentField = (teamId: string) => normalizeField(`assignments.${teamId}`);
  const shown = (field: string) => field === 'provinceCode' || teams.some((team) => assignmentField(team.teamId) === field);
  const form = useForm('reorg', shown, () => send(true), onPreview);
  const nameOf = (code: string) => names.data?.get(code) ?? code;

  useEffect(() => {
    if (confirming) {
      confirmRef.current?.focus();
    }
  }, [confirming]);
  useEffect(() => {
    if (result) {
      resultRef.current?.focus();
    }
  }, [result]);

  function send(dryRun: boolean): Promise<Reorganisation> {
    const assignments = Object.fromEntries(teams.map((team) => [team.teamId, team.chosen]));
    return registry.reorganise({
      provinceCode,
      ...(teams.length > 0 ? { assignments } : {}),
      dryRun,
    });
  }

  function onPreview(run: Reorganisation) {
    setPreview(run);
    setResult(null);
    // The teams the server had to place keep their place in the list; those already chosen keep the choice.
    setTeams((known) => {
      const merged = [...known];
      for (const assumed of run.assumed) {
        if (!merged.some((team) => team.teamId === assumed.teamId)) {
          merged.push({
            teamId: assumed.teamId,
            teamName: assumed.teamName,
            fromCommune: assumed.fromCommune,
            choices: assumed.choices,
            chosen: assumed.toCommune,
          });
        }
      }
      return merged;
    });
  }

  function onDone(run: Reorganisation) {
    setConfirming(false);
    setPreview(null);
    setTeams([]);
    setResult(run);
    runs.reload();
  }

  function chooseProvince(code: string) {
    setPicked(code);
    setPreview(null);
    setTeams([]);
    setResult(null);
    setConfirming(false);
    form.clear('provinceCode');
  }

  function choose(teamId: string, commune: string) {
    setTeams((known) => known.map((team) => (team.teamId === teamId ? { ...team, chosen: commune } : team)));
    form.clear(assignmentField(teamId));
  }

  const labelOf = (field: string) => {
    const team = teams.find((x) => assignmentField(x.teamId) === field);
    return team ? team.teamName : r.fieldNames[field.split('.')[0]!] ?? field;
  };

  return (
    <>
      <PageHeading title={r.title} />
      <p>{r.intro}</p>

      <form class="section panel" aria-labelledby="reorg-form-heading" noValidate onSubmit={(event) => void form.submit(event)}>
        <h2 id="reorg-form-heading" class="visually-hidden">{r.title}</h2>
        <FormSummary id="reorg-errors" errors={form.errors} title={r.errorSummary} labelOf={labelOf} summaryRef={form.summary} />
        {provinces.error && <ErrorMessage error={provinces.error} onRetry={provinces.reload} />}
        {!provinces.data && !provinces.error && <p>{r.loadingProvinces}</p>}
        {provinces.data && (
          <SelectField field={form.name('provinceCode')} label={r.provinceCode} value={provinceCode}
            options={provinces.data.map((p) => ({ value: p.code, label: t.registryCommon.unitValue(p.name, p.code) }))}
            errors={form.errors} onChange={chooseProvince} class="field--short" />
        )}

        {preview && (
          <section aria-labelledby="preview-heading" class="section" data-testid="preview">
            <h2 id="preview-heading">{r.previewHeading}</h2>
            <p role="status">{preview.teamsToMove > 0 ? r.toMove(fmt.integer(preview.teamsToMove)) : r.nothingToMove}</p>
            <MovesTable moves={preview.moves} nameOf={nameOf} id="preview-moves" />
            <Unresolved lines={preview.unresolved} />
          </section>
        )}

        {teams.length > 0 && (
          <fieldset class="section" data-testid="assumed">
            <legend><h3>{r.assumedHeading}</h3></legend>
            <p class="field-hint">{r.assumedIntro}</p>
            {teams.map((team) => (
              <SelectField key={team.teamId} field={form.name(assignmentField(team.teamId))}
                label={r.assumedLabel(team.teamName, nameOf(team.fromCommune))} value={team.chosen}
                options={team.choices.map((code) => ({ value: code, label: communeText(code, nameOf) }))}
                errors={form.errors} onChange={(value) => choose(team.teamId, value)} />
            ))}
          </fieldset>
        )}

        {!confirming && (
          <div class="form-actions">
            <button type="submit" class={preview ? 'button button--secondary' : 'button'} disabled={form.submitting || !provinceCode}>
              {form.submitting ? r.sending : r.preview}
            </button>
            {preview && preview.teamsToMove > 0 && (
              <button type="button" class="button" disabled={form.submitting} onClick={() => setConfirming(true)}>
                {r.run}
              </button>
            )}
          </div>
        )}
        {confirming && preview && (
          <div class="confirm" role="group" aria-labelledby="reorg-confirm-question">
            <p id="reorg-confirm-question">{r.confirmQuestion(fmt.integer(preview.teamsToMove))}</p>
            <div class="form-actions">
              <button type="button" class="button" ref={confirmRef} disabled={form.submitting}
                onClick={() => void form.runWith(() => send(false).catch((error: unknown) => {
                  // Back to the choices, with the server's objection beside the team it is about.
                  setConfirming(false);
                  throw error;
                }), onDone)}>
                {form.submitting ? r.sending : r.confirm}
              </button>
              <button type="button" class="button button--secondary" onClick={() => setConfirming(false)}>
                {r.keep}
              </button>
            </div>
          </div>
        )}
      </form>

      {result && (
        <section class="section panel" aria-labelledby="reorg-result-heading" tabIndex={-1} ref={resultRef} data-testid="result">
          <h2 id="reorg-result-heading">{r.doneHeading}</h2>
          <p class="alert alert--success" role="status">
            {r.done(fmt.integer(result.teamsMoved), fmt.integer(result.teamsToMove))}
            {result.finishedAt && <> {r.finishedAt(fmt.dateTime(result.finishedAt))}</>}
          </p>
          <MovesTable moves={result.moves} nameOf={nameOf} id="result-moves" />
          <Unresolved lines={result.unresolved} />
        </section>
      )}

      <section class="section" aria-labelledby="runs-heading">
        <h2 id="runs-heading">{r.runsHeading}</h2>
        {runs.error && <ErrorMessage error={runs.error} onRetry={runs.reload} />}
        {!runs.data && !runs.error && <p>{t.common.loading}</p>}
        {runs.data && runs.data.length === 0 && <p>{r.runsNone}</p>}
        {runs.data && runs.data.length > 0 && <RunsTable runs={runs.data} />}
      </section>
    </>
  );
}

/** "Phường Nhơn Bình (mã 21550)", or the id when the name is not known. */
function communeText(code: string, nameOf: (code: string) => string): string {
  const name = nameOf(code);
  return name === code ? code : t.registryCommon.unitValue(name, officialCode(code));
}

/** Old commune → new commune and how many teams, in the order of the old communes' codes. */
function MovesTable({ moves, nameOf, id }: { moves: Record<string, number>; nameOf(code: string): string; id: string }) {
  const r = t.reorganisation;
  const rows = Object.entries(moves)
    .map(([key, count]) => {
      const at = key.indexOf('>');
      return { key, from: key.slice(0, at), to: key.slice(at + 1), count };
    })
    .sort((a, b) => a.key.localeCompare(b.key));
  if (rows.length === 0) {
    return null;
  }
  return (
    <>
      <h3 id={`${id}-heading`}>{r.movesHeading}</h3>
      <div class="table-scroll" role="region" aria-labelledby={`${id}-heading`} tabIndex={0}>
        <table class="data-table" id={id}>
          <caption class="visually-hidden">{r.movesCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{r.from}</th>
              <th scope="col">{r.to}</th>
              <th scope="col" class="num">{r.count}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} data-move={row.key}>
                <th scope="row">{communeText(row.from, nameOf)}</th>
                <td>{communeText(row.to, nameOf)}</td>
                <td class="num">{fmt.integer(row.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function Unresolved({ lines }: { lines: string[] }) {
  if (lines.length === 0) {
    return null;
  }
  return (
    <div class="alert alert--error" data-testid="unresolved">
      <p>{t.reorganisation.unresolvedHeading}</p>
      <ul>
        {lines.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
    </div>
  );
}

function RunsTable({ runs }: { runs: Reorganisation[] }) {
  const r = t.reorganisation;
  return (
    <div class="table-scroll">
      <table class="data-table" id="reorg-runs">
        <caption class="visually-hidden">{r.runsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{r.startedAt}</th>
            <th scope="col">{r.by}</th>
            <th scope="col">{r.province}</th>
            <th scope="col" class="num">{r.moved}</th>
            <th scope="col">{r.finished}</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((run) => (
            <tr key={run.id} data-run={run.id}>
              <th scope="row">{fmt.dateTime(run.startedAt)}</th>
              <td>{run.by}</td>
              <td>{run.provinceCode}</td>
              <td class="num">{r.movedOf(fmt.integer(run.teamsMoved), fmt.integer(run.teamsToMove))}</td>
              <td>{run.finishedAt ? fmt.dateTime(run.finishedAt) : r.running}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The names of the province's communes: the old ones district by district (three-tier), the new ones
 * of the two-tier province that kept its code (Bình Định's went into Gia Lai, 52@2025-07-01). A
 * failure leaves the codes to show.
 */
async function communeNames(registry: RegistryApi, provinceCode: string, signal: AbortSignal): Promise<Names> {
  const names = new Map<string, string>();
  try {
    const [fresh, districts] = await Promise.all([
      registry.units({ hierarchy: TWO_TIER, level: 'COMMUNE', parent: `${provinceCode}@${TWO_TIER}` }, signal),
      registry.units({ hierarchy: THREE_TIER, level: 'DISTRICT', parent: provinceCode }, signal),
    ]);
    const old = await Promise.all(
      districts.map((district) => registry.units({ hierarchy: THREE_TIER, level: 'COMMUNE', parent: district.code }, signal)),
    );
    for (const unit of [...fresh, ...old.flat()]) {
      names.set(unit.code, unit.name);
    }
  } catch (error) {
    if (signal.aborted) {
      throw error;
    }
  }
  return names;
}
