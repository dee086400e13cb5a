import { useState } from 'preact/hooks';
import { MATERIAL_AUDIENCES, MATERIAL_KINDS, type Material } from '../api/training';
import { useServices } from '../app/services';
import { TextField } from '../forms/Field';
import { t } from '../i18n';
import { FileField, FormSummary, SelectField, useForm } from '../courses/shared';

export const MATERIAL_FILES =
  '.pdf,.docx,.pptx,.xlsx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,' +
  'application/vnd.openxmlformats-officedocument.presentationml.presentation,' +
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const FIELDS = ['title', 'kind', 'audience', 'publisherUnitCode', 'file', 'videoUrl'];

/**
 * Đăng tài liệu: title, kind, audience, publishing unit, and a file (PDF, .docx, .pptx, .xlsx) or, for
 * a video, its https link. The server checks everything (the file's real type included) and its
 * messages show beside each field.
 */
export function MaterialForm({ publisherUnitCode, onPublished, onCancel }: {
  publisherUnitCode: string;
  onPublished(material: Material): void;
  onCancel(): void;
}) {
  const { training } = useServices();
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState('');
  const [audience, setAudience] = useState('');
  const [publisher, setPublisher] = useState(publisherUnitCode);
  const [file, setFile] = useState<File | null>(null);
  const [videoUrl, setVideoUrl] = useState('');
  const form = useForm(
    'material',
    (field) => FIELDS.includes(field),
    () => training.publishMaterial({ title, kind, audience, publisherUnitCode: publisher, file, videoUrl }),
    onPublished,
  );
  const m = t.training.materials;
  const labels: Record<string, string> = {
    title: m.titleField, kind: m.kindFilter, audience: m.audienceFilter, publisherUnitCode: m.publisherUnitCode,
    file: m.file, videoUrl: m.videoUrl,
  };
  return (
    <form onSubmit={(e) => void form.submit(e)} noValidate aria-labelledby="material-form-heading">
      <h2 id="material-form-heading">{m.uploadHeading}</h2>
      <p class="field-hint">{m.uploadIntro}</p>
      <FormSummary id="material-errors" errors={form.errors} title={m.uploadErrors} labelOf={(f) => labels[f] ?? f}
        summaryRef={form.summary} />
      <TextField field={form.name('title')} label={m.titleField} value={title} errors={form.errors}
        onInput={(v) => { setTitle(v); form.clear('title'); }} />
      <div class="date-range">
        <SelectField field={form.name('kind')} label={m.kindFilter} value={kind} errors={form.errors}
          options={MATERIAL_KINDS} labels={m.kinds} empty={m.choose}
          onChange={(v) => { setKind(v); form.clear('kind'); form.clear('file'); form.clear('videoUrl'); }} />
        <SelectField field={form.name('audience')} label={m.audienceFilter} value={audience} errors={form.errors}
          options={MATERIAL_AUDIENCES} labels={m.audiences} empty={m.choose}
          onChange={(v) => { setAudience(v); form.clear('audience'); }} />
      </div>
      <TextField field={form.name('publisherUnitCode')} label={m.publisherUnitCode} hint={m.publisherUnitCodeHint}
        inputMode="numeric" value={publisher} errors={form.errors} class="field--short"
        onInput={(v) => { setPublisher(v); form.clear('publisherUnitCode'); }} />
      {kind === 'VIDEO' ? (
        <TextField field={form.name('videoUrl')} label={m.videoUrl} value={videoUrl} errors={form.errors}
          onInput={(v) => { setVideoUrl(v); form.clear('videoUrl'); }} />
      ) : (
        <FileField field={form.name('file')} label={m.file} hint={m.fileHint} errors={form.errors} accept={MATERIAL_FILES}
          onChange={(f) => { setFile(f); form.clear('file'); }} />
      )}
      <div class="form-actions">
        <button type="submit" class="button" disabled={form.submitting} aria-disabled={form.submitting}>
          {form.submitting ? t.training.submitting : m.submitUpload}
        </button>
        <button type="button" class="button button--secondary" onClick={onCancel}>
          {m.cancel}
        </button>
      </div>
    </form>
  );
}
