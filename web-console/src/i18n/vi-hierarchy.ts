/**
 * The Vietnamese strings of the 2025 reorganisation (issue #12): the versions of the administrative
 * hierarchy on the overview (the switch, the period's notice, the map's note, what a commune was formed
 * from) and the page that re-homes the teams to the new communes. Part of {@link ./vi}.
 */
export const viHierarchy = {
  /** The overview: which version of the hierarchy is looked at. */
  switchLabel: 'Danh mục đơn vị hành chính',
  /** Each version as the switch names it. */
  versions: {
    '2025-03-01': 'Ba cấp (đến 30/6/2025)',
    '2025-07-01': 'Hai cấp (từ 01/7/2025)',
  } as Record<string, string | undefined>,
  /** Each version inside a sentence: "theo danh mục ba cấp". */
  inText: {
    '2025-03-01': 'ba cấp',
    '2025-07-01': 'hai cấp',
  } as Record<string, string | undefined>,
  inForce: 'đang áp dụng',
  /** The indicators' period. */
  periodLabel: 'Kỳ số liệu',
  periodNow: 'Hiện tại',
  periodYearGroup: (year: string) => `Năm ${year}`,
  periodYear: (year: string) => `Cả năm ${year}`,
  periodQuarter: (quarter: string, year: string) => `Quý ${quarter}/${year}`,
  periodMonth: (month: string, year: string) => `Tháng ${month}/${year}`,
  /** "Quý 2/2025 thuộc thời gian áp dụng danh mục ba cấp. …" */
  otherVersion: (period: string, then: string, shown: string) =>
    `${period} thuộc thời gian áp dụng danh mục ${then}. Số liệu theo danh mục ${shown} ở đây là số liệu quy đổi, để so sánh.`,
  viewInForce: (period: string, unit: string, then: string) => `Xem ${period} của ${unit} theo danh mục ${then} (mặc định)`,
  /** The two-tier units have no map yet. */
  mapHeading: 'Bản đồ',
  noNewBoundaries: 'Chưa có ranh giới các xã mới; xem bảng các xã bên dưới.',
  /** A new commune's old communes, an old commune's new ones. */
  formedFromHeading: 'Hình thành từ',
  formedFromIntro:
    'Số liệu của các đơn vị cũ trước ngày 01/7/2025 vẫn xem được ở trang của từng đơn vị; ở đây chúng được quy đổi để so sánh.',
  wentIntoHeading: 'Sau ngày 01/7/2025 thuộc',
  /** A district was abolished: its communes went into new ones. */
  districtWentIntoHeading: 'Sau ngày 01/7/2025, địa bàn thuộc các xã, phường',
  /** An old commune split into several new ones: only an equal share counts in each. */
  share: (shares: number) => `một phần (1/${shares})`,
  part: 'một phần',
};

/** Sắp xếp tổ hòa giải theo đơn vị hành chính mới: the province admin's page. */
export const viReorganisation = {
  nav: 'Sắp xếp theo xã mới',
  title: 'Sắp xếp tổ hòa giải theo đơn vị hành chính mới',
  intro:
    'Từ ngày 01/7/2025 không còn cấp huyện; các xã cũ được sắp xếp thành các xã mới. Trang này chuyển các tổ hòa giải của các xã cũ trong tỉnh sang xã mới. Hãy xem trước, kiểm tra, rồi mới thực hiện.',
  provinceCode: 'Tỉnh (danh mục ba cấp)',
  loadingProvinces: 'Đang tải danh sách tỉnh…',
  preview: 'Xem trước',
  run: 'Thực hiện',
  sending: 'Đang gửi…',
  confirmQuestion: (n: string) =>
    `Chuyển ${n} tổ hòa giải sang các xã mới? Việc chuyển được ghi vào lịch sử thay đổi của từng tổ.`,
  confirm: 'Xác nhận thực hiện',
  keep: 'Chưa thực hiện',
  errorSummary: 'Chưa thực hiện được. Hãy sửa các lỗi sau:',
  previewHeading: 'Kết quả xem trước',
  toMove: (n: string) => `Sẽ chuyển ${n} tổ hòa giải sang xã mới.`,
  nothingToMove: 'Không có tổ hòa giải nào ở các xã cũ cần chuyển.',
  movesHeading: 'Chuyển từ xã cũ sang xã mới',
  movesCaption: 'Số tổ hòa giải chuyển từ mỗi xã cũ sang xã mới',
  from: 'Xã cũ',
  to: 'Xã mới',
  count: 'Số tổ',
  assumedHeading: 'Tổ ở xã cũ được chia vào nhiều xã mới',
  assumedIntro:
    'Mỗi xã cũ dưới đây được chia vào nhiều xã mới. Hãy chọn xã mới cho từng tổ (mặc định là xã đầu tiên), rồi xem trước lại hoặc thực hiện.',
  assumedLabel: (team: string, from: string) => `${team} (xã cũ: ${from})`,
  unresolvedHeading: 'Chưa sắp xếp được',
  doneHeading: 'Đã thực hiện',
  done: (moved: string, toMove: string) => `Đã chuyển ${moved}/${toMove} tổ hòa giải sang xã mới.`,
  finishedAt: (time: string) => `Hoàn tất lúc ${time}.`,
  runsHeading: 'Các lần đã thực hiện',
  runsCaption: 'Các lần sắp xếp tổ hòa giải, mới nhất trước',
  runsNone: 'Chưa thực hiện lần nào.',
  startedAt: 'Bắt đầu',
  by: 'Người thực hiện',
  province: 'Tỉnh',
  moved: 'Số tổ đã chuyển',
  finished: 'Hoàn tất',
  running: 'Chưa hoàn tất',
  movedOf: (moved: string, toMove: string) => `${moved}/${toMove}`,
  /** How the error summary names the fields. */
  fieldNames: {
    provinceCode: 'Tỉnh',
    assignments: 'Xã mới',
  } as Record<string, string>,
};
