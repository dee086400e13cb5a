import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ProgressReport, ProgressStatus } from '../api/reporting';
import { button, click, fakeGateway, messageBeside, problem, render, type, user } from '../courses/testing';
import { rollup, waitFor } from '../test/fakes';
import { parseDong } from './FundingPanel';
import { PlanPage } from './PlanPage';
import { latestByUnitAndTask } from './TaskMatrix';

const PLAN = {
  plan: 'Kế hoạch số 123/KH-UBND ngày 17/6/2024 của UBND tỉnh Bình Định',
  title: 'Thực hiện Đề án',
  tasks: [
    { code: '1', title: 'Chỉ đạo điểm', lead: ['Sở Tư pháp'], coordinating: [], timeFrame: 'Năm 2024' },
    {
      code: '2', title: 'Kiện toàn tập huấn viên',
      parts: [
        { code: '2a', title: 'Rà soát tập huấn viên', lead: ['Sở Tư pháp'], coordinating: [], timeFrame: 'Hằng năm' },
        { code: '2b', title: 'Bồi dưỡng tập huấn viên', lead: ['Sở Tư pháp'], coordinating: [], timeFrame: 'Hằng năm' },
      ],
    },
  ],
};

function report(unitCode: string, task: string, status: ProgressStatus, percent: number, period = '2026',
    submittedAt = '2026-06-01T01:00:00Z'): ProgressReport {
  return {
    id: `${unitCode}:${task}:${period}`, unitCode, task, taskTitle: task, period, status, percent, narrative: 'Đã làm',
    evidence: [], submittedAt, submittedBy: 'huyen.quynhon', version: 3,
  };
}

const district = user('DISTRICT_OFFICER', '540');
const CHILDREN = { '540': ['21550'] };
const ROLLUPS = [rollup('540', 'Thành phố Quy Nhơn', 'DISTRICT', '52'), rollup('21550', 'Phường Nhơn Bình', 'COMMUNE', '540')];

function gateway(extra: Parameters<typeof fakeGateway>[0] = {}) {
  return fakeGateway({
    'GET /api/reporting/plan/tasks': () => PLAN,
    'GET /api/reporting/plan/reports': () => [
      report('540', '1', 'IN_PROGRESS', 40, '2026-Q1', '2026-03-01T01:00:00Z'),
      report('540', '1', 'BEHIND_SCHEDULE', 55, '2026-Q2', '2026-06-01T01:00:00Z'),
      report('21550', '2a', 'COMPLETED', 100),
    ],
    'GET /api/registry/units/540': () => ({ code: '540', name: 'Thành phố Quy Nhơn', level: 'DISTRICT', type: 'THANH_PHO', parentCode: '52' }),
    ...extra,
  });
}

describe('the plan', () => {
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });

  it('shows the tasks as a matrix of units and status, the latest report of each', async () => {
    const api = gateway();
    const root = render(<PlanPage tab="tasks" />, api, { user: district, rollups: ROLLUPS, children: CHILDREN });
    await waitFor(() => expect(root.querySelector('.task-matrix')).not.toBeNull());
    const columns = [...root.querySelectorAll('.task-matrix thead th')].map((th) => th.textContent);
    expect(columns).toEqual(['Đơn vị', '1', '2a', '2b']);
    const rows = [...root.querySelectorAll('.task-matrix tbody tr')].map((tr) => tr.querySelector('th')!.textContent);
    expect(rows).toEqual(['Thành phố Quy Nhơn', 'Phường Nhơn Bình']);
    const cell = root.querySelector('.task-matrix__cell[data-unit="540"][data-task="1"] button')!;
    expect(cell.getAttribute('aria-label')).toBe('Thành phố Quy Nhơn, nhiệm vụ 1: Chậm tiến độ, 55% (kỳ 2026-Q2)');
    expect(root.querySelector('.task-matrix__cell[data-unit="21550"][data-task="2a"]')!.textContent).toContain('100%');
    expect(root.querySelector('.task-matrix__cell[data-unit="21550"][data-task="2b"] button')!.getAttribute('aria-label'))
      .toContain('Chưa báo cáo');
    const [call] = api.calls('GET /api/reporting/plan/reports');
    expect(call!.url.searchParams.get('unit')).toBe('540');
    // This year, within the scheme's years (2024 - 2030).
    expect(call!.url.searchParams.get('period')).toMatch(/^20(2[4-9]|30)$/);
  });

  it("submits a progress report from a cell, with the server's error beside its field", async () => {
    const api = gateway({
      'POST /api/reporting/plan/reports': () =>
        problem(422, [{ field: 'percent', message: 'Nhiệm vụ đã hoàn thành thì tỷ lệ hoàn thành phải là 100.' }]),
    });
    const root = render(<PlanPage tab="tasks" />, api, { user: district, rollups: ROLLUPS, children: CHILDREN });
    await waitFor(() => expect(root.querySelector('.task-matrix__cell[data-unit="540"][data-task="1"] button')).not.toBeNull());
    click(root.querySelector('.task-matrix__cell[data-unit="540"][data-task="1"] button'));
    expect(root.querySelector<HTMLInputElement>('#f-progress-period')!.value).toBe('2026-Q2');
    expect(root.querySelector<HTMLSelectElement>('#f-progress-task')!.value).toBe('1');
    expect(root.textContent).toContain('báo cáo mới sẽ thay thế báo cáo đó');
    type(root, '#f-progress-status', 'COMPLETED');
    type(root, '#f-progress-percent', '90');
    click(button(root, 'Gửi báo cáo tiến độ'));
    await waitFor(() => expect(root.querySelector('#f-progress-percent')!.getAttribute('aria-invalid')).toBe('true'));
    expect(messageBeside(root, 'f-progress-percent')).toContain('tỷ lệ hoàn thành phải là 100');
    const [call] = api.calls('POST /api/reporting/plan/reports');
    expect(call!.body).toEqual({
      unitCode: '540', task: '1', period: '2026-Q2', status: 'COMPLETED', percent: 90, narrative: 'Đã làm', evidence: [],
    });
    // Replacing the report read: only onto its version.
    expect((call!.init.headers as Record<string, string>)['If-Match']).toBe('"3"');
  });

  it('lets the province approve a district report, and shows who has not reported', async () => {
    const annual = {
      district: { code: '540', name: 'Thành phố Quy Nhơn', level: 'DISTRICT' }, year: 2026, status: 'SUBMITTED',
      dueDate: '2026-12-15', late: false, summary: 'Kết quả năm 2026', firstSubmittedAt: '2026-11-20T02:00:00Z',
      submittedAt: '2026-11-20T02:00:00Z', submittedBy: 'huyen.quynhon', decidedAt: null, decidedBy: null, returnReason: null,
      history: [{ status: 'SUBMITTED', by: 'huyen.quynhon', at: '2026-11-20T02:00:00Z', reason: null }], version: 1,
    };
    const api = fakeGateway({
      'GET /api/reporting/plan/completeness': () => ({
        period: '2026', province: { code: '52', name: 'Tỉnh Bình Định', level: 'PROVINCE' }, dueDate: '2026-12-15',
        asOf: '2026-11-27T00:00:00Z', submitted: 1, notSubmitted: 1, late: 0,
        districts: [
          { district: { code: '540', name: 'Thành phố Quy Nhơn', level: 'DISTRICT' }, status: 'SUBMITTED', submitted: true, firstSubmittedAt: '2026-11-20T02:00:00Z', late: false, returnReason: null },
          { district: { code: '542', name: 'Huyện An Lão', level: 'DISTRICT' }, status: 'NOT_SUBMITTED', submitted: false, firstSubmittedAt: null, late: false, returnReason: null },
        ],
      }),
      'GET /api/reporting/plan/annual-reports/540/2026': () => annual,
      'POST /api/reporting/plan/annual-reports/540/2026/approval': () => ({ ...annual, status: 'APPROVED', version: 2 }),
    });
    const root = render(<PlanPage tab="annual" />, api, {
      user: user('PROVINCE_ADMIN', '52'),
      rollups: [rollup('540', 'Thành phố Quy Nhơn', 'DISTRICT', '52'), rollup('542', 'Huyện An Lão', 'DISTRICT', '52')],
      children: { '52': ['540', '542'] },
    });
    type(root, '#plan-year', '2026');
    await waitFor(() => expect(root.textContent).toContain('Chưa nộp: Huyện An Lão.'));
    expect(root.textContent).toContain('1/2 huyện đã nộp');
    await waitFor(() => expect(root.querySelector('#annual-heading')!.textContent).toBe('Báo cáo năm 2026 của Thành phố Quy Nhơn'));
    click(button(root, 'Duyệt báo cáo'));
    await waitFor(() => expect(api.calls('POST /api/reporting/plan/annual-reports/540/2026/approval')).toHaveLength(1));
    const [call] = api.calls('POST /api/reporting/plan/annual-reports/540/2026/approval');
    expect((call!.init.headers as Record<string, string>)['If-Match']).toBe('"1"');
    await waitFor(() => expect(root.textContent).toContain('Đã duyệt báo cáo năm.'));
  });

  it('records funding by source on the version read, with an amount that is not a number refused beside it', async () => {
    const funding = {
      unit: { code: '540', name: 'Thành phố Quy Nhơn', level: 'DISTRICT' }, year: 2026,
      sources: [
        { source: 'REGULAR_BUDGET', label: 'Ngân sách nhà nước chi thường xuyên', planned: 50_000_000, spent: 12_500_000, overspent: false },
        { source: 'INTEGRATED_PROGRAMMES', label: 'Lồng ghép trong các chương trình, đề án', planned: 0, spent: 0, overspent: false },
        { source: 'MOBILISED', label: 'Huy động từ tổ chức, doanh nghiệp, cá nhân', planned: 0, spent: 0, overspent: false },
      ],
      planned: 50_000_000, spent: 12_500_000, overspent: false, warnings: [], note: null, updatedBy: 'huyen.quynhon',
      updatedAt: '2026-06-01T01:00:00Z', locked: false, version: 2,
    };
    const api = fakeGateway({
      'GET /api/reporting/plan/funding/540/2026': () => funding,
      'GET /api/reporting/plan/funding': () => ({
        unit: funding.unit, year: 2026, totals: funding.sources, planned: 80_000_000, spent: 20_000_000,
        units: [
          { unit: funding.unit, sources: funding.sources, planned: 50_000_000, spent: 12_500_000, note: null, updatedBy: 'x', updatedAt: null, version: 2 },
          { unit: { code: '21550', name: 'Phường Nhơn Bình', level: 'COMMUNE' }, sources: funding.sources, planned: 30_000_000, spent: 7_500_000, note: null, updatedBy: 'y', updatedAt: null, version: 1 },
        ],
      }),
      'PUT /api/reporting/plan/funding/540/2026': () =>
        problem(422, [{ field: 'sources[2].spent', message: 'Kinh phí đã chi không được âm.' }]),
    });
    const root = render(<PlanPage tab="funding" />, api, { user: district });
    type(root, '#plan-year', '2026');
    await waitFor(() => expect(root.querySelector('.funding-table')).not.toBeNull());
    expect(root.querySelector('.funding-table tfoot')!.textContent).toContain('50.000.000');
    await waitFor(() => expect(root.querySelector('[aria-labelledby="rollup-heading"] tfoot')?.textContent).toContain('80.000.000'));
    expect(root.querySelector('[aria-labelledby="rollup-heading"] tbody')!.textContent).toContain('Phường Nhơn Bình');

    click(button(root, 'Sửa kinh phí'));
    expect(root.querySelector<HTMLInputElement>('#f-funding-sources-0-planned')!.value).toBe('50.000.000');
    type(root, '#f-funding-sources-1-planned', '1,5 triệu');
    click(button(root, 'Lưu kinh phí'));
    expect(messageBeside(root, 'f-funding-sources-1-planned')).toContain('Số tiền chỉ gồm chữ số');
    expect(api.calls('PUT /api/reporting/plan/funding/540/2026')).toHaveLength(0);

    type(root, '#f-funding-sources-1-planned', '1.500.000');
    click(button(root, 'Lưu kinh phí'));
    await waitFor(() => expect(root.querySelector('#f-funding-sources-2-spent')!.getAttribute('aria-invalid')).toBe('true'));
    expect(messageBeside(root, 'f-funding-sources-2-spent')).toContain('Kinh phí đã chi không được âm.');
    const [call] = api.calls('PUT /api/reporting/plan/funding/540/2026');
    expect((call!.init.headers as Record<string, string>)['If-Match']).toBe('"2"');
    expect(call!.body).toEqual({
      sources: [
        { source: 'REGULAR_BUDGET', planned: 50_000_000, spent: 12_500_000 },
        { source: 'INTEGRATED_PROGRAMMES', planned: 1_500_000, spent: 0 },
        { source: 'MOBILISED', planned: 0, spent: 0 },
      ],
      note: null,
    });
  });

  it('lists inspections and records the follow-up of a recommendation', async () => {
    const inspection = {
      id: 'insp-0001-aaaa', inspectedUnit: { code: '21550', name: 'Phường Nhơn Bình', level: 'COMMUNE' },
      inspectingUnit: { code: '540', name: 'Thành phố Quy Nhơn', level: 'DISTRICT' }, date: '2026-05-12', year: 2026,
      kind: 'INSPECTION', findings: 'Tổ hòa giải hoạt động tốt.',
      recommendations: [
        { number: 1, text: 'Bổ sung hòa giải viên nữ', status: 'OPEN', note: null, date: null, updatedBy: null, updatedAt: null },
      ],
      recordedBy: 'huyen.quynhon', recordedAt: '2026-05-12T08:00:00Z', version: 1,
    };
    const api = fakeGateway({
      'GET /api/reporting/plan/inspections': () => [inspection],
      'PUT /api/reporting/plan/inspections/insp-0001-aaaa/recommendations/1': () =>
        problem(422, [{ field: 'date', message: 'Ngày cập nhật không được trước ngày kiểm tra 12/05/2026.' }]),
    });
    const root = render(<PlanPage tab="inspections" />, api, { user: district });
    await waitFor(() => expect(root.querySelector('.inspection')).not.toBeNull());
    expect(root.querySelector('.inspection h3')!.textContent).toBe('Kiểm tra Phường Nhơn Bình ngày 12/05/2026');
    expect(root.querySelector('.inspection')!.textContent).toContain('0/1 kiến nghị đã thực hiện xong');
    click(root.querySelector('button[aria-label="Cập nhật tình hình thực hiện kiến nghị số 1"]'));
    type(root, '#f-fu-insp-000-1-status', 'DONE');
    type(root, '#f-fu-insp-000-1-date', '2026-05-01');
    click(button(root, 'Lưu'));
    await waitFor(() => expect(root.querySelector('#f-fu-insp-000-1-date')!.getAttribute('aria-invalid')).toBe('true'));
    expect(messageBeside(root, 'f-fu-insp-000-1-date')).toContain('không được trước ngày kiểm tra 12/05/2026');
    const [call] = api.calls('PUT /api/reporting/plan/inspections/insp-0001-aaaa/recommendations/1');
    expect(call!.body).toEqual({ status: 'DONE', note: null, date: '2026-05-01' });
    expect((call!.init.headers as Record<string, string>)['If-Match']).toBe('"1"');
  });

  it('reads amounts as Vietnamese write them', () => {
    expect(parseDong('12.500.000')).toBe(12_500_000);
    expect(parseDong(' 0 ')).toBe(0);
    expect(parseDong('')).toBeNull();
    expect(parseDong('12,5')).toBeNaN();
    expect(latestByUnitAndTask([report('540', '1', 'IN_PROGRESS', 10, '2026-01', '2026-02-01T00:00:00Z'),
      report('540', '1', 'COMPLETED', 100, '2026', '2026-01-01T00:00:00Z')]).get('540|1')!.percent).toBe(10);
  });
});
