import { useState } from 'preact/hooks';
import { MATERIAL_AUDIENCES, MATERIAL_KINDS, type Material, type MaterialQuery } from '../api/training';
import { ErrorMessage } from '../app/ErrorMessage';
import { useLoad } from '../app/hooks';
import { PageHeading } from '../app/PageHeading';
import { navigate, paths } from '../app/router';
import { useServices } from '../app/services';
import { useSession } from '../auth/context';
import { fmt } from '../format/format';
import { t } from '../i18n';
import { hasRole, PROVINCE, useUnitNames } from '../courses/shared';
import '../courses/training.css';
import { MATERIAL_PUBLISHERS } from './access';
import { MaterialForm } from './MaterialForm';

/** The material just published in this tab, to greet it on its page. */
export let justPublished: string | null = null;

export function takeJustPublished(id: string): boolean {
  const isNew = justPublished === id;
  justPublished = null;
  return isNew;
}

/**
 * Thư viện tài liệu: materials, newest first, found by title without diacritics (the server folds
 * them), by kind and audience; the province and districts publish new ones.
 */
export function MaterialsPage() {
  const { training } = useServices();
  const user = useSession()?.user ?? null;
  const mayPublish = hasRole(user, MATERIAL_PUBLISHERS);
  const [formOpen, setFormOpen] = useState(false);
  const [draft, setDraft] = useState<MaterialQuery>({ q: '', kind: '', audience: '', includeWithdrawn: false });
  const [query, setQuery] = useState<MaterialQuery>(draft);
  const materials = useLoad((signal) => training.materials(query, signal), [JSON.stringify(query)]);
  const publisherName = useUnitNames((materials.data ?? []).map((m) => m.publisherUnitCode));
  const m = t.training.materials;

  const published = (material: Material) => {
    justPublished = material.id;
    navigate(paths.material(material.id));
  };

  return (
    <>
      <PageHeading title={m.title} />
      {mayPublish && (
        <div class="section">
          {!formOpen ? (
            <button type="button" class="button" aria-expanded="false" aria-controls="material-form"
              onClick={() => setFormOpen(true)}>
              {m.uploadButton}
            </button>
          ) : (
            <div id="material-form" class="panel">
              <MaterialForm publisherUnitCode={defaultPublisher(user?.unit ?? null, user?.role ?? null)}
                onPublished={published} onCancel={() => setFormOpen(false)} />
            </div>
          )}
        </div>
      )}
      <section class="section panel" aria-labelledby="material-search-heading">
        <h2 id="material-search-heading">{m.searchHeading}</h2>
        <form
          class="material-search"
          role="search"
          onSubmit={(event) => {
            event.preventDefault();
            setQuery({ ...draft });
          }}
        >
          <div class="field">
            <label for="material-q">{m.search}</label>
            <div class="input-with-button">
              <input id="material-q" type="search" value={draft.q} placeholder={m.searchPlaceholder} autoComplete="off"
                onInput={(e) => setDraft((d) => ({ ...d, q: (e.currentTarget as HTMLInputElement).value }))} />
              <button type="submit" class="button">{m.searchButton}</button>
            </div>
          </div>
          <div class="filters">
            <div class="field">
              <label for="material-kind">{m.kindFilter}</label>
              <select id="material-kind" value={draft.kind}
                onChange={(e) => {
                  const next = { ...draft, kind: (e.currentTarget as HTMLSelectElement).value as MaterialQuery['kind'] };
                  setDraft(next);
                  setQuery(next);
                }}>
                <option value="">{m.all}</option>
                {MATERIAL_KINDS.map((k) => <option key={k} value={k}>{m.kinds[k]}</option>)}
              </select>
            </div>
            <div class="field">
              <label for="material-audience">{m.audienceFilter}</label>
              <select id="material-audience" value={draft.audience}
                onChange={(e) => {
                  const next = { ...draft, audience: (e.currentTarget as HTMLSelectElement).value as MaterialQuery['audience'] };
                  setDraft(next);
                  setQuery(next);
                }}>
                <option value="">{m.all}</option>
                {MATERIAL_AUDIENCES.map((a) => <option key={a} value={a}>{m.audiences[a]}</option>)}
              </select>
            </div>
            {mayPublish && (
              <div class="field field--checkbox">
                <input id="material-withdrawn" type="checkbox" checked={draft.includeWithdrawn}
                  onChange={(e) => {
                    const next = { ...draft, includeWithdrawn: (e.currentTarget as HTMLInputElement).checked };
                    setDraft(next);
                    setQuery(next);
                  }} />
                <label for="material-withdrawn">{m.includeWithdrawn}</label>
              </div>
            )}
          </div>
        </form>
      </section>
      <section class="section" aria-labelledby="material-list-heading">
        <div class="section-header">
          <h2 id="material-list-heading">{m.listHeading}</h2>
          {materials.data && <span class="muted" role="status">{m.count(fmt.integer(materials.data.length))}</span>}
        </div>
        {materials.error && <ErrorMessage error={materials.error} onRetry={materials.reload} />}
        {materials.loading && !materials.data && <p>{t.common.loading}</p>}
        {materials.data && materials.data.length === 0 && <p>{m.none}</p>}
        {materials.data && materials.data.length > 0 && (
          <ul class="material-list">
            {materials.data.map((material) => (
              <li key={material.id} class="material-card">
                <h3>
                  <a href={paths.material(material.id)}>{material.title}</a>
                </h3>
                <div class="badges">
                  <span class="badge badge--neutral">{m.kinds[material.kind] ?? material.kind}</span>
                  {material.digitised && <span class="badge badge--ok">{m.digitised}</span>}
                  {material.withdrawn && <span class="badge badge--warn">{m.withdrawn}</span>}
                </div>
                <dl class="material-card__facts">
                  <div>
                    <dt>{m.audience}</dt>
                    <dd>{m.audiences[material.audience] ?? material.audience}</dd>
                  </div>
                  <div>
                    <dt>{m.publisher}</dt>
                    <dd>{publisherName(material.publisherUnitCode)}</dd>
                  </div>
                  <div>
                    <dt>{m.version}</dt>
                    <dd>{material.kind === 'VIDEO' ? m.video : m.versionValue(material.currentVersion)}</dd>
                  </div>
                  <div>
                    <dt>{m.downloads}</dt>
                    <dd>{fmt.integer(material.downloads)}</dd>
                  </div>
                  <div>
                    <dt>{m.changedAt}</dt>
                    <dd>{fmt.dateTime(material.changedAt)}</dd>
                  </div>
                </dl>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

/** A district officer publishes for their district, the province for the province. */
function defaultPublisher(unit: string | null, role: string | null): string {
  if (role === 'PROVINCE_ADMIN' && !unit) {
    return PROVINCE;
  }
  return unit ?? '';
}
