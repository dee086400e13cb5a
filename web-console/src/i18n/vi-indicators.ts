/**
 * The Vietnamese strings of the overview's national targets (chỉ tiêu của Quyết định 315/QĐ-TTg): the
 * indicator tiles, the map coloured by an indicator and the chart of the case success rate; part of
 * {@link ./vi}.
 */
export const viIndicators = {
  heading: 'Chỉ tiêu theo Quyết định số 315/QĐ-TTg',
  intro: 'Giá trị hiện tại của từng chỉ tiêu so với mục tiêu quốc gia.',
  loading: 'Đang tải các chỉ tiêu…',
  none: 'Không có chỉ tiêu nào tính cho đơn vị này.',
  /** "Mục tiêu: ≥ 100%" */
  target: (comparison: string, value: string) => `Mục tiêu: ${comparison} ${value}`,
  comparison: { AT_LEAST: '≥', AT_MOST: '≤' } as Record<string, string>,
  gap: (signed: string) => `Chênh lệch: ${signed}`,
  /** The gap of a percentage is in percentage points. */
  percentPoints: 'điểm %',
  met: 'Đạt',
  notMet: 'Chưa đạt',
  noValue: 'Chưa có số liệu để tính',
  trend: (period: string, signed: string) => `So với ${period}: ${signed}`,
  trendUp: 'tăng',
  trendDown: 'giảm',
  trendSame: 'không đổi',
  /** The numerator and denominator in words, by indicator. */
  fraction: {
    teamsCompliantShare: (n: string, d: string) => `${n} trong số ${d} tổ hòa giải đủ số lượng, thành phần`,
    districtTrainersPer80Teams: (n: string, d: string) => `${n} tập huấn viên cấp huyện cho ${d} tổ hòa giải`,
    provincialTrainersPer100Teams: (n: string, d: string) => `${n} tập huấn viên cấp tỉnh cho ${d} tổ hòa giải`,
    trainersTrainedShare: (n: string, d: string) =>
      `${n} trong số ${d} tập huấn viên đã được tập huấn, cung cấp tài liệu`,
    teamsWithLegalSupportShare: (n: string, d: string) =>
      `${n} trong số ${d} tổ hòa giải có người làm công tác pháp luật hỗ trợ`,
    mediatorsReachingMaterialsShare: (n: string, d: string) =>
      `${n} trong số ${d} hòa giải viên tiếp cận, khai thác được bộ tài liệu`,
    caseSuccessRate: (n: string, d: string) => `${n} trong số ${d} vụ việc đã kết thúc được hòa giải thành`,
    pilotCaseSuccessRate: (n: string, d: string) =>
      `${n} trong số ${d} vụ việc đã kết thúc ở các xã điểm được hòa giải thành`,
  } as Record<string, ((n: string, d: string) => string) | undefined>,
  fractionOther: (n: string, d: string) => `${n} trên ${d}`,
  /** Short names, for the map's choice of indicator. */
  short: {
    teamsCompliantShare: 'Tỷ lệ tổ đủ số lượng, thành phần (%)',
    districtTrainersPer80Teams: 'Tập huấn viên cấp huyện trên 80 tổ',
    provincialTrainersPer100Teams: 'Tập huấn viên cấp tỉnh trên 100 tổ',
    trainersTrainedShare: 'Tỷ lệ tập huấn viên được tập huấn (%)',
    teamsWithLegalSupportShare: 'Tỷ lệ tổ có hỗ trợ pháp lý (%)',
    mediatorsReachingMaterialsShare: 'Tỷ lệ hòa giải viên tiếp cận tài liệu (%)',
    caseSuccessRate: 'Tỷ lệ vụ việc hòa giải thành (%)',
    pilotCaseSuccessRate: 'Tỷ lệ hòa giải thành ở xã điểm (%)',
  } as Record<string, string | undefined>,
  mapFigures: 'Số liệu',
  mapTargets: 'Chỉ tiêu Quyết định 315',
  mapLoading: 'Đang tải chỉ tiêu của các huyện…',
  mapTarget: (target: string, met: number, of: number) => `${target}. Đạt: ${met}/${of} huyện, thị xã, thành phố.`,
  mapUnmet: 'Chưa đạt mục tiêu',
  mapNoData: 'Chưa có số liệu',
  mapDistrictMet: (base: string, met: boolean) => `${base} — ${met ? 'đạt mục tiêu' : 'chưa đạt mục tiêu'}`,
  periods: {
    month: (month: string, year: string) => `tháng ${month}/${year}`,
    quarter: (quarter: string, year: string) => `quý ${quarter}/${year}`,
    year: (year: string) => `năm ${year}`,
  },
  chart: {
    heading: 'Tỷ lệ vụ việc hòa giải thành 12 tháng gần nhất',
    loading: 'Đang tải số liệu theo tháng…',
    label: (unit: string) => `Biểu đồ cột tỷ lệ vụ việc hòa giải thành theo tháng của ${unit}`,
    summary: (from: string, to: string, target: string, met: number, withValue: number) =>
      `Từ ${from} đến ${to}; mục tiêu ${target}; ${met} trên ${withValue} tháng có số liệu đạt mục tiêu.`,
    targetLine: (target: string) => `Mục tiêu ${target}`,
    tableToggle: 'Xem số liệu dạng bảng',
    caption: (unit: string) => `Tỷ lệ vụ việc hòa giải thành theo tháng của ${unit}`,
    month: 'Tháng',
    value: 'Tỷ lệ hòa giải thành',
    cases: 'Vụ việc thành / đã kết thúc',
    status: 'So với mục tiêu',
    noCases: 'Không có vụ việc kết thúc',
    bar: (month: string, value: string) => `${month}: ${value}`,
  },
};
