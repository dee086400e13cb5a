import { useState } from 'preact/hooks';
import { PUBLICATION_CHANNELS, type Material, type ReadingLink } from '../api/training';
import { ErrorMessage } from '../app/ErrorMessage';
import { useLoad } from '../app/hooks';
import { PageHeading } from '../app/PageHeading';
import { paths } from '../app/router';
import { useServices } from '../app/services';
import { useSession } from '../auth/context';
import { fmt } from '../format/format';
import { FieldError, TextField } from '../forms/Field';
import { t } from '../i18n';
import {
  byLine,
  covers,
  DownloadButton,
  FileField,
  FormSummary,
  hasRole,
  listField,
  listOf,
  SelectField,
  TextArea,
  useForm,
} from '../courses/shared';
import '../courses/training.css';
import { MATERIAL_OFFICERS, MATERIAL_PUBLISHERS } from './access';
import { MATERIAL_FILES } from './MaterialForm';
import { takeJustPublished } from './MaterialsPage';

const m = () => t.training.materials;

/**
 * One material: what it is, its versions to download, where it is published; for its publisher, a new
 * version, the publication details and the withdrawal; for officers, a mediator's personal reading
 * link, a handout and the reach by commune.
 */
export function MaterialPage({ materialId }: { materialId: string }) {
  const { training, registry } = useServices();
  const user = useSession()?.user ?? null;
  const material = useLoad((signal) => training.material(materialId, signal), [materialId]);
  const data = material.data?.id === materialId ? material.data : undefined;
  const publisherCode = data?.publisherUnitCode;
  const publisher = useLoad((signal) => (publisherCode ? registry.unit(publisherCode, signal) : undefined), [publisherCode]);
  const [greeting] = useState(() => takeJustPublished(materialId));
  const [notice, setNotice] = useState('');
  const [reachRound, setReachRound] = useState(0);
  const publisherUnit = publisher.data?.code === publisherCode ? publisher.data : publisherCode ? { code: publisherCode } : undefined;
  const publishes = hasRole(user, MATERIAL_PUBLISHERS) && covers(user, publisherUnit);
  const officer = hasRole(user, MATERIAL_OFFICERS);
  const changed = (text: string) => {
    setNotice(text);
    material.reload();
  };

  return (
    <>
      <nav class="breadcrumb" aria-label={t.overview.breadcrumb}>
        <ol>
          <li>
            <a href={paths.materials()}>{m().title}</a>
          </li>
          <li aria-current="page">{data?.title ?? materialId}</li>
        </ol>
      </nav>
      <PageHeading title={data?.title ?? m().title} />
      {greeting && data && (
        <p role="status" class="alert alert--success">
          {m().uploaded(data.title)}
        </p>
      )}
      <p role="status" class={notice ? 'alert alert--success' : 'visually-hidden'}>{notice}</p>
      {material.error && <ErrorMessage error={material.error} onRetry={material.reload} />}
      {material.loading && !data && <p>{t.common.loading}</p>}
      {data && (
        <>
          <MaterialFacts material={data} publisherName={publisher.data?.code === publisherCode ? publisher.data?.name : undefined} />
          <Versions material={data} />
          {publishes && !data.withdrawn && (
            <NewVersionForm key={`v${data.version}`} material={data}
              onAdded={(changedMaterial) =>
                changed(changedMaterial.kind === 'VIDEO' ? m().videoChanged : m().versionAdded(changedMaterial.currentVersion))} />
          )}
          {publishes && (
            <PublicationForm key={`p${data.version}`} material={data} onSaved={() => changed(m().publicationSaved)} />
          )}
          {officer && !data.withdrawn && <ReadingLinkForm material={data} onIssued={() => setReachRound((n) => n + 1)} />}
          {officer && !data.withdrawn && <HandoutForm material={data} onRecorded={() => setReachRound((n) => n + 1)} />}
          {officer && <Reach materialId={data.id} round={reachRound} />}
          {publishes && !data.withdrawn && <WithdrawForm material={data} onWithdrawn={() => changed(m().withdrawnDone)} />}
        </>
      )}
      <p>
        <a href={paths.materials()}>{m().title}</a>
      </p>
    </>
  );
}

function MaterialFacts({ material, publisherName }: { material: Material; publisherName?: string }) {
  const { training } = useServices();
  return (
    <article class="panel section material" data-material-id={material.id}>
      {material.withdrawn && (
        <p class="alert alert--error">
          {m().withdrawnNotice(material.withdrawnAt ? fmt.dateTime(material.withdrawnAt) : '', material.withdrawalReason)}
        </p>
      )}
      <dl class="facts">
        <div>
          <dt>{m().kind}</dt>
          <dd>{m().kinds[material.kind] ?? material.kind}</dd>
        </div>
        <div>
          <dt>{m().audience}</dt>
          <dd>{m().audiences[material.audience] ?? material.audience}</dd>
        </div>
        <div>
          <dt>{m().publisher}</dt>
          <dd>{publisherName ? t.courses.organiserValue(publisherName, material.publisherUnitCode) : `${t.common.code} ${material.publisherUnitCode}`}</dd>
        </div>
        <div>
          <dt>{m().version}</dt>
          <dd>{material.kind === 'VIDEO' ? m().video : m().versionValue(material.currentVersion)}</dd>
        </div>
        <div>
          <dt>{m().downloads}</dt>
          <dd>{fmt.integer(material.downloads)}</dd>
        </div>
        <div>
          <dt>{m().changedAt}</dt>
          <dd>{fmt.dateTime(material.changedAt)}</dd>
        </div>
        <div>
          <dt>{m().digitisedField}</dt>
          <dd>{material.digitised ? m().digitised : m().notDigitised}</dd>
        </div>
        <div>
          <dt>{m().publications}</dt>
          <dd>
            {material.publications.length === 0 ? (
              m().noPublications
            ) : (
              <ul class="plain-list">
                {material.publications.map((p, i) => (
                  <li key={i}>
                    {m().channels[p.channel] ?? p.channel}:{' '}
                    <a href={p.url} target="_blank" rel="noopener noreferrer" class="course__id">{p.url}</a>
                    {p.publishedOn && ` (${fmt.calendarDate(p.publishedOn)})`}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
      {!material.withdrawn && (
        <div class="form-actions material__download">
          {material.kind === 'VIDEO' && material.videoUrl ? (
            <a class="button" href={material.videoUrl} target="_blank" rel="noopener noreferrer">{m().openVideo}</a>
          ) : (
            material.currentVersion > 0 && (
              <DownloadButton secondary={false} fetchFile={() => training.materialFile(material.id)}
                fallbackName={material.versions.at(-1)?.filename ?? 'tai-lieu'} label={m().downloadCurrent} />
            )
          )}
        </div>
      )}
    </article>
  );
}

function Versions({ material }: { material: Material }) {
  const { training } = useServices();
  if (material.versions.length === 0) {
    return null;
  }
  return (
    <section class="section panel" aria-labelledby="versions-heading">
      <h2 id="versions-heading">{m().versionsHeading}</h2>
      <div class="table-scroll">
        <table class="data-table">
          <caption class="visually-hidden">{m().versionsCaption}</caption>
          <thead>
            <tr>
              <th scope="col" class="num">{m().version}</th>
              <th scope="col">{m().filename}</th>
              <th scope="col" class="num">{m().size}</th>
              <th scope="col">{m().uploadedAt}</th>
              {!material.withdrawn && <th scope="col">{m().download}</th>}
            </tr>
          </thead>
          <tbody>
            {material.versions.map((v) => (
              <tr key={v.number}>
                <td class="num">{fmt.integer(v.number)}</td>
                <th scope="row" class="course__id">{v.filename}</th>
                <td class="num">{fileSize(v.size)}</td>
                <td>{fmt.dateTime(v.uploadedAt)}</td>
                {!material.withdrawn && (
                  <td>
                    <DownloadButton fetchFile={() => training.materialFile(material.id, v.number)} fallbackName={v.filename}
                      label={m().download} ariaLabel={m().downloadVersion(v.number)} />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** 1536 → "1,5 KB", in the Vietnamese way. */
export function fileSize(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return m().bytes(fmt.decimal(value, unit === 0 ? 0 : 1), units[unit]!);
}

function NewVersionForm({ material, onAdded }: { material: Material; onAdded(material: Material): void }) {
  const { training } = useServices();
  const video = material.kind === 'VIDEO';
  const [file, setFile] = useState<File | null>(null);
  const [videoUrl, setVideoUrl] = useState('');
  const form = useForm('version', (f) => f === 'file' || f === 'videoUrl',
    () => training.addMaterialVersion(material.id, material.version, video ? null : file, video ? videoUrl : ''), onAdded);
  const labels: Record<string, string> = { file: m().file, videoUrl: m().videoUrl };
  return (
    <section class="section panel" aria-labelledby="version-heading">
      <form onSubmit={(e) => void form.submit(e)} noValidate aria-labelledby="version-heading">
        <h2 id="version-heading">{video ? m().newVersionVideoHeading : m().newVersionHeading}</h2>
        <FormSummary id="version-errors" errors={form.errors} title={m().versionErrors} labelOf={(f) => labels[f] ?? f}
          summaryRef={form.summary} />
        {video ? (
          <TextField field={form.name('videoUrl')} label={m().videoUrl} value={videoUrl} errors={form.errors}
            onInput={(v) => { setVideoUrl(v); form.clear('videoUrl'); }} />
        ) : (
          <FileField field={form.name('file')} label={m().file} hint={m().fileHint} errors={form.errors} accept={MATERIAL_FILES}
            onChange={(f) => { setFile(f); form.clear('file'); }} />
        )}
        <div class="form-actions">
          <button type="submit" class="button" disabled={form.submitting} aria-disabled={form.submitting}>
            {form.submitting ? t.training.submitting : video ? m().submitVideo : m().submitVersion}
          </button>
        </div>
      </form>
    </section>
  );
}

interface PublicationDraft {
  channel: string;
  url: string;
  publishedOn: string;
}

const PUBLICATION_FIELD = /^publications\[\d+\](\.(channel|url|publishedOn))?$/;

function PublicationForm({ material, onSaved }: { material: Material; onSaved(): void }) {
  const { training } = useServices();
  const [digitised, setDigitised] = useState(material.digitised);
  const [rows, setRows] = useState<PublicationDraft[]>(() =>
    material.publications.map((p) => ({ channel: p.channel, url: p.url, publishedOn: p.publishedOn ?? '' })));
  const form = useForm(
    'pub',
    (f) => f === 'digitised' || f === 'publications' || PUBLICATION_FIELD.test(f),
    () => training.describePublication(material.id, material.version, {
      digitised,
      publications: rows.map((r) => ({ channel: r.channel || null, url: r.url, publishedOn: r.publishedOn || null })),
    }),
    onSaved,
  );
  const set = (i: number, field: keyof PublicationDraft, value: string) => {
    setRows((rs) => rs.map((r, j) => (j === i ? { ...r, [field]: value } : r)));
    form.clear(`publications[${i}].${field}`);
  };
  const labelOf = (field: string) => {
    const match = /^publications\[(\d+)\](?:\.(\w+))?$/.exec(field);
    if (match) {
      const part = match[2] === 'channel' ? m().channel : match[2] === 'url' ? m().url : match[2] === 'publishedOn' ? m().publishedOn : '';
      return `${m().publicationLegend(Number(match[1]) + 1)}${part ? ` – ${part}` : ''}`;
    }
    return field === 'digitised' ? m().digitisedField : m().publications;
  };
  const digitisedField = form.name('digitised');
  return (
    <section class="section panel" aria-labelledby="publication-heading">
      <form onSubmit={(e) => void form.submit(e)} noValidate aria-labelledby="publication-heading">
        <h2 id="publication-heading">{m().publicationHeading}</h2>
        <p class="field-hint">{m().publicationIntro}</p>
        <FormSummary id="publication-errors" errors={form.errors} title={m().publicationErrors} labelOf={labelOf}
          summaryRef={form.summary} />
        <div class={`field field--checkbox${form.errors.byField[digitisedField]?.length ? ' field--invalid' : ''}`}>
          <input type="checkbox" id="f-pub-digitised" checked={digitised}
            onChange={(e) => { setDigitised((e.currentTarget as HTMLInputElement).checked); form.clear('digitised'); }} />
          <label for="f-pub-digitised">{m().digitisedField}</label>
          <FieldError field={digitisedField} errors={form.errors} />
        </div>
        <FieldError field={form.name('publications')} errors={form.errors} />
        {rows.map((row, i) => (
          <fieldset key={i} class="mediator">
            <legend>{m().publicationLegend(i + 1)}</legend>
            <FieldError field={form.name(`publications[${i}]`)} errors={form.errors} />
            <div class="publication__grid">
              <SelectField field={form.name(`publications[${i}].channel`)} label={m().channel} value={row.channel}
                errors={form.errors} options={PUBLICATION_CHANNELS} labels={m().channels} empty={m().choose}
                onChange={(v) => set(i, 'channel', v)} />
              <TextField field={form.name(`publications[${i}].url`)} label={m().url} value={row.url} errors={form.errors}
                onInput={(v) => set(i, 'url', v)} />
              <TextField field={form.name(`publications[${i}].publishedOn`)} type="date" label={m().publishedOn}
                value={row.publishedOn} errors={form.errors} onInput={(v) => set(i, 'publishedOn', v)} />
            </div>
            <button type="button" class="button--link"
              onClick={() => { setRows((rs) => rs.filter((_, j) => j !== i)); form.setErrors({ byField: {}, general: [] }); }}>
              {m().removePublication(i + 1)}
            </button>
          </fieldset>
        ))}
        <div class="form-actions">
          <button type="button" class="button button--secondary"
            onClick={() => setRows((rs) => [...rs, { channel: '', url: '', publishedOn: '' }])}>
            {m().addPublication}
          </button>
          <button type="submit" class="button" disabled={form.submitting} aria-disabled={form.submitting}>
            {form.submitting ? t.training.submitting : m().submitPublication}
          </button>
        </div>
      </form>
    </section>
  );
}

function WithdrawForm({ material, onWithdrawn }: { material: Material; onWithdrawn(): void }) {
  const { training } = useServices();
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const form = useForm('withdraw', (f) => f === 'reason', () => training.withdrawMaterial(material.id, material.version, reason),
    () => onWithdrawn());
  return (
    <section class="section panel" aria-labelledby="withdraw-heading">
      <form onSubmit={(e) => { e.preventDefault(); if (confirming) { void form.submit(); } else { setConfirming(true); } }}
        noValidate aria-labelledby="withdraw-heading">
        <h2 id="withdraw-heading">{m().withdrawHeading}</h2>
        <p class="field-hint">{m().withdrawIntro}</p>
        <FormSummary id="withdraw-errors" errors={form.errors} title={m().withdrawErrors} labelOf={() => m().reason}
          summaryRef={form.summary} />
        <TextArea field={form.name('reason')} label={m().reason} value={reason} errors={form.errors} rows={2}
          onInput={(v) => { setReason(v); form.clear('reason'); }} />
        <div class="form-actions">
          <button type="submit" class={confirming ? 'button button--destroy-solid' : 'button button--destroy'}
            disabled={form.submitting}>
            {confirming ? m().confirmWithdraw : m().withdraw}
          </button>
          {confirming && (
            <button type="button" class="button button--secondary" onClick={() => setConfirming(false)}>
              {m().keep}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}

function ReadingLinkForm({ material, onIssued }: { material: Material; onIssued(): void }) {
  const { training } = useServices();
  const [mediatorId, setMediatorId] = useState('');
  const [link, setLink] = useState<{ id: string; issued: ReadingLink } | null>(null);
  const [copied, setCopied] = useState('');
  const form = useForm('link', (f) => f === 'mediatorId', () => training.readingLink(material.id, mediatorId.trim()),
    (issued) => {
      setLink({ id: mediatorId.trim(), issued });
      setCopied('');
      onIssued();
    });
  const url = link ? absolute(link.issued.url) : '';
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(m().copied);
    } catch {
      (document.getElementById('reading-link-url') as HTMLInputElement | null)?.select();
      setCopied(m().copyFailed);
    }
  };
  return (
    <section class="section panel" aria-labelledby="link-heading">
      <form onSubmit={(e) => { setLink(null); void form.submit(e); }} noValidate aria-labelledby="link-heading">
        <h2 id="link-heading">{m().linkHeading}</h2>
        <p class="field-hint">{m().linkIntro}</p>
        <FormSummary id="link-errors" errors={form.errors} title={m().linkErrors} labelOf={() => m().mediatorId}
          summaryRef={form.summary} />
        <TextField field={form.name('mediatorId')} label={m().mediatorId} value={mediatorId} errors={form.errors}
          onInput={(v) => { setMediatorId(v); form.clear('mediatorId'); }} />
        <div class="form-actions">
          <button type="submit" class="button" disabled={form.submitting} aria-disabled={form.submitting}>
            {form.submitting ? t.training.submitting : m().createLink}
          </button>
        </div>
      </form>
      {link && (
        <div class="reading-link" role="status">
          <label for="reading-link-url">{m().linkLabel(link.id)}</label>
          <div class="input-with-button">
            <input id="reading-link-url" type="text" readOnly value={url} onFocus={(e) => (e.currentTarget as HTMLInputElement).select()} />
            <button type="button" class="button button--secondary" onClick={() => void copy()}>{m().copy}</button>
          </div>
          <p class="field-hint">{m().linkExpires(fmt.calendarDate(link.issued.expiresOn))}</p>
          {copied && <p>{copied}</p>}
        </div>
      )}
    </section>
  );
}

/** The gateway's address of a path it answered with (the console is served by the gateway). */
function absolute(path: string): string {
  return /^https?:\/\//.test(path) ? path : `${window.location.origin}${path}`;
}

function HandoutForm({ material, onRecorded }: { material: Material; onRecorded(): void }) {
  const { training } = useServices();
  const [text, setText] = useState('');
  const [notice, setNotice] = useState('');
  const [lines, setLines] = useState<number[]>([]);
  const form = useForm('handout', listField('mediatorIds'), () => {
    const list = listOf(text);
    setLines(list.lines);
    return training.handOut(material.id, list.items);
  }, (result) => {
    setText('');
    setNotice(m().handoutDone(result.recorded, result.alreadyReached));
    onRecorded();
  });
  const errors = byLine(form.errors, form.name('mediatorIds'), lines);
  return (
    <section class="section panel" aria-labelledby="handout-heading">
      <form onSubmit={(e) => { setNotice(''); void form.submit(e); }} noValidate aria-labelledby="handout-heading">
        <h2 id="handout-heading">{m().handoutHeading}</h2>
        <p class="field-hint">{m().handoutIntro}</p>
        <p role="status" class={notice ? 'alert alert--success' : 'visually-hidden'}>{notice}</p>
        <FormSummary id="handout-errors" errors={errors} title={m().handoutErrors} labelOf={() => m().mediatorIds}
          summaryRef={form.summary} />
        <TextArea field={form.name('mediatorIds')} label={m().mediatorIds} value={text} errors={errors} rows={5}
          onInput={(v) => { setText(v); form.setErrors({ byField: {}, general: [] }); }} />
        <div class="form-actions">
          <button type="submit" class="button" disabled={form.submitting} aria-disabled={form.submitting}>
            {form.submitting ? t.training.submitting : m().recordHandout}
          </button>
        </div>
      </form>
    </section>
  );
}

function Reach({ materialId, round }: { materialId: string; round: number }) {
  const { training } = useServices();
  const reach = useLoad((signal) => training.reach(materialId, signal), [materialId, round]);
  return (
    <section class="section panel" aria-labelledby="reach-heading">
      <h2 id="reach-heading">{m().reachHeading}</h2>
      {reach.error && <ErrorMessage error={reach.error} onRetry={reach.reload} />}
      {reach.loading && !reach.data && <p>{t.common.loading}</p>}
      {reach.data && reach.data.reached === 0 && <p>{m().reachNone}</p>}
      {reach.data && reach.data.reached > 0 && (
        <>
          <p>
            {m().reachSummary(fmt.integer(reach.data.reached), fmt.integer(reach.data.byReadingLink), fmt.integer(reach.data.byHandout))}
          </p>
          <div class="table-scroll">
            <table class="data-table">
              <caption class="visually-hidden">{m().reachCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{m().reachCommune}</th>
                  <th scope="col" class="num">{m().reachCount}</th>
                  <th scope="col">{m().reachMediators}</th>
                </tr>
              </thead>
              <tbody>
                {reach.data.communes.map((c) => (
                  <tr key={c.communeCode}>
                    <th scope="row">{c.communeName || `${t.common.code} ${c.communeCode}`}</th>
                    <td class="num">{fmt.integer(c.reached)}</td>
                    <td class="course__id reach__ids">{c.mediatorIds.join(', ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
