import { viHierarchy, viReorganisation } from './vi-hierarchy';
import { viIndicators } from './vi-indicators';
import { viPlan } from './vi-plan';
import { registryVi } from './vi-registry';
import { viTraining } from './vi-training';

/**
 * Every string the console shows, in Vietnamese. An English (or other) translation is another object
 * of the same type, {@link Messages}; `src/i18n/index.ts` picks the one in force.
 */
export const vi = {
  /** BCP 47 tag for Intl (numbers 1.234,5; dates dd/MM/yyyy). */
  locale: 'vi-VN',
  /** Times are shown in the province's time zone, whatever the browser's. */
  timeZone: 'Asia/Ho_Chi_Minh',

  app: {
    systemName: 'Hệ thống quản lý nâng cao năng lực hòa giải viên ở cơ sở',
    agency: 'Sở Tư pháp tỉnh Bình Định',
    skipToContent: 'Bỏ qua, đến nội dung chính',
    footer: 'Sở Tư pháp tỉnh Bình Định — Kế hoạch số 123/KH-UBND năm 2024 thực hiện Quyết định số 315/QĐ-TTg',
    notFoundTitle: 'Không tìm thấy trang',
    notFoundText: 'Trang bạn tìm không tồn tại.',
    backHome: 'Về trang Tổng quan',
  },

  nav: {
    label: 'Menu chính',
    overview: 'Tổng quan',
    teams: 'Tổ hòa giải',
    courses: 'Lớp tập huấn',
  },

  auth: {
    signInTitle: 'Đăng nhập',
    signInIntro:
      'Dành cho Sở Tư pháp, Phòng Tư pháp cấp huyện, công chức Tư pháp - Hộ tịch cấp xã, tập huấn viên và chuyên viên phân tích.',
    signInHow:
      'Bấm “Đăng nhập” để sang trang đăng nhập của hệ thống xác thực; đăng nhập xong, bạn sẽ được đưa trở lại đây.',
    signInButton: 'Đăng nhập',
    loading: 'Đang kiểm tra đăng nhập…',
    redirecting: 'Đang chuyển đến trang đăng nhập…',
    signOut: 'Đăng xuất',
    signedOut: 'Bạn đã đăng xuất.',
    expired: 'Phiên làm việc đã hết hạn. Hãy đăng nhập lại.',
    configFailed: 'Không tải được cấu hình đăng nhập. Hãy kiểm tra mạng rồi thử lại.',
    providerUnreachable: 'Không kết nối được tới hệ thống xác thực. Hãy thử lại sau.',
    stateMismatch: 'Phiên đăng nhập không hợp lệ hoặc đã được dùng. Hãy đăng nhập lại.',
    providerRefused: (reason: string) => `Hệ thống xác thực từ chối đăng nhập (${reason}). Hãy đăng nhập lại.`,
    exchangeFailed: 'Không hoàn tất được đăng nhập. Hãy đăng nhập lại.',
    userLabel: 'Người đang đăng nhập',
    unit: (code: string) => `Mã đơn vị ${code}`,
    roles: {
      PROVINCE_ADMIN: 'Quản trị cấp tỉnh',
      DISTRICT_OFFICER: 'Cán bộ Tư pháp cấp huyện',
      COMMUNE_OFFICER: 'Công chức Tư pháp - Hộ tịch cấp xã',
      TRAINER: 'Tập huấn viên',
      ANALYST: 'Chuyên viên phân tích',
      DISTRICT_SYSTEM: 'Hệ thống phần mềm cấp huyện',
    } as Record<string, string>,
    noRole: 'Chưa được phân quyền',
    noConsoleTitle: 'Tài khoản này không dùng được giao diện web',
    noConsoleText: 'Tài khoản chưa được phân quyền sử dụng giao diện web. Hãy liên hệ Sở Tư pháp.',
    forbiddenTitle: 'Không có quyền xem trang này',
    forbiddenText: 'Vai trò của bạn không được xem trang này.',
    backHome: 'Về trang bắt đầu',
  },

  common: {
    loading: 'Đang tải…',
    retry: 'Thử lại',
    code: 'Mã',
    previousPage: 'Trang trước',
    nextPage: 'Trang sau',
    page: (n: number) => `Trang ${n}`,
  },

  /** Names of the rollup's figures, as the API names them. */
  figures: {
    teams: 'Tổ hòa giải',
    teamsCompliant: 'Tổ đủ số lượng, thành phần',
    mediators: 'Hòa giải viên',
    mediatorsWomen: 'Hòa giải viên nữ',
    mediatorsEthnicMinority: 'Hòa giải viên người dân tộc thiểu số',
    courses: 'Lớp tập huấn, bồi dưỡng',
  },

  levels: {
    PROVINCE: 'Cấp tỉnh',
    DISTRICT: 'Cấp huyện',
    COMMUNE: 'Cấp xã',
  },

  overview: {
    title: 'Tổng quan',
    unitHeading: (name: string) => `Số liệu của ${name}`,
    updatedAt: (time: string) => `Cập nhật lúc ${time}`,
    neverUpdated: 'Chưa có số liệu nào được ghi nhận',
    shareOf: (percent: string, of: string) => `${percent} ${of}`,
    ofTeams: 'số tổ',
    ofMediators: 'số hòa giải viên',
    breadcrumb: 'Đơn vị đang xem',
    childrenHeading: 'Các đơn vị trực thuộc',
    childrenCaption: (name: string) => `Số liệu các đơn vị trực thuộc ${name}`,
    noChildren: 'Đơn vị này không có đơn vị trực thuộc.',
    unitColumn: 'Đơn vị',
    /** Column headings of the table of units: short, the table is wide. */
    columns: {
      teams: 'Số tổ',
      teamsCompliant: 'Tổ đủ số lượng, thành phần',
      compliantShare: 'Tỷ lệ tổ đủ',
      mediators: 'Hòa giải viên',
      mediatorsWomen: 'Nữ',
      mediatorsEthnicMinority: 'Dân tộc thiểu số',
      courses: 'Lớp tập huấn',
    },
    viewTeams: 'Xem tổ hòa giải',
    mapHeading: 'Bản đồ các huyện, thị xã, thành phố',
    mapFigure: 'Chỉ tiêu tô màu trên bản đồ',
    mapLabel: (figure: string) => `Bản đồ tỉnh Bình Định theo chỉ tiêu: ${figure}`,
    mapDistrict: (name: string, value: string, figure: string) => `${name}: ${value} (${figure})`,
    mapLegendLow: 'Ít',
    mapLegendHigh: 'Nhiều',
    mapHint: 'Chọn một huyện trên bản đồ (bấm chuột, hoặc Tab rồi Enter) để xem số liệu chi tiết.',
    mapLoading: 'Đang tải bản đồ…',
    live: {
      connecting: 'Đang kết nối cập nhật trực tiếp…',
      open: 'Đang cập nhật trực tiếp',
      reconnecting: 'Mất kết nối cập nhật trực tiếp, đang thử lại…',
      closed: 'Không nhận được cập nhật trực tiếp. Tải lại trang để thử lại.',
    },
  },

  teams: {
    title: 'Tổ hòa giải',
    communeHeading: (name: string) => `Tổ hòa giải của ${name}`,
    chooseCommune: 'Chọn xã, phường, thị trấn',
    searchLabel: 'Tìm xã, phường, thị trấn (có thể gõ không dấu)',
    searchPlaceholder: 'Ví dụ: nhon binh',
    searchButton: 'Tìm',
    searchResults: (n: number) => (n === 0 ? 'Không tìm thấy đơn vị nào.' : `Tìm thấy ${n} đơn vị.`),
    choose: (name: string) => `Chọn ${name}`,
    noCommune: 'Hãy tìm và chọn một xã, phường, thị trấn để xem các tổ hòa giải.',
    listHeading: 'Danh sách tổ hòa giải',
    none: 'Chưa có tổ hòa giải nào được đăng ký ở đơn vị này.',
    count: (n: number) => `${n} tổ hòa giải`,
    village: 'Thôn, tổ dân phố',
    mediatorsCount: (n: number) => `${n} hòa giải viên`,
    leader: 'Tổ trưởng',
    noLeader: 'Chưa có',
    compliant: 'Đủ số lượng, thành phần',
    notCompliant: 'Chưa đủ số lượng, thành phần',
    reasonsLabel: 'Lý do',
    inactive: 'Đã giải thể',
    manyEthnicMinority: 'Địa bàn có nhiều người dân tộc thiểu số',
    mediatorsHeading: 'Hòa giải viên',
    formerMediatorsHeading: 'Đã thôi làm hòa giải viên',
    showMediators: (n: number) => `Xem ${n} hòa giải viên`,
    fullName: 'Họ và tên',
    gender: 'Giới tính',
    birthYear: 'Năm sinh',
    ethnicity: 'Dân tộc',
    role: 'Vai trò',
    genders: { FEMALE: 'Nữ', MALE: 'Nam' } as Record<string, string>,
    ethnicMinority: 'Dân tộc thiểu số',
    changedAt: (time: string) => `Cập nhật lúc ${time}`,
    createButton: 'Thêm tổ hòa giải',
  },

  forms: {
    errorPrefix: 'Lỗi:',
  },

  /** The registry's pages: a team's record, imports, trainers, legal supporters, pilot communes. */
  ...registryVi,

  teamForm: {
    heading: 'Đăng ký tổ hòa giải mới',
    intro:
      'Một tổ hòa giải có ít nhất 3 hòa giải viên, trong đó có hòa giải viên nữ; ở địa bàn có nhiều người dân tộc thiểu số phải có hòa giải viên là người dân tộc thiểu số (Điều 12 Luật Hòa giải ở cơ sở).',
    communeCode: 'Mã xã, phường, thị trấn',
    communeCodeHint: 'Gồm 5 chữ số, ví dụ 21550',
    villageName: 'Thôn, tổ dân phố',
    name: 'Tên tổ hòa giải',
    manyEthnicMinorityResidents: 'Địa bàn có nhiều người dân tộc thiểu số',
    mediators: 'Hòa giải viên',
    mediatorLegend: (n: number) => `Hòa giải viên thứ ${n}`,
    fullName: 'Họ và tên',
    gender: 'Giới tính',
    chooseGender: '— Chọn —',
    female: 'Nữ',
    male: 'Nam',
    birthYear: 'Năm sinh',
    ethnicity: 'Dân tộc',
    leader: 'Là tổ trưởng',
    addMediator: 'Thêm hòa giải viên',
    removeMediator: (n: number) => `Bỏ hòa giải viên thứ ${n}`,
    submit: 'Đăng ký tổ hòa giải',
    submitting: 'Đang gửi…',
    cancel: 'Hủy',
    errorSummary: 'Chưa đăng ký được tổ hòa giải. Hãy sửa các lỗi sau:',
    created: (name: string) => `Đã đăng ký ${name}.`,
    createdNotCompliant: (name: string, reasons: string) =>
      `Đã đăng ký ${name}, nhưng tổ chưa đủ số lượng, thành phần: ${reasons}.`,
  },

  courses: {
    title: 'Lớp tập huấn, bồi dưỡng',
    findHeading: 'Xem một lớp tập huấn',
    findLabel: 'Mã lớp tập huấn',
    findHint: 'Mã do hệ thống cấp khi lập lớp.',
    findButton: 'Xem lớp',
    code: 'Mã lớp',
    organiser: 'Đơn vị tổ chức',
    organiserValue: (name: string, code: string) => `${name} (mã ${code})`,
    audience: 'Đối tượng tham dự',
    period: 'Thời gian',
    periodValue: (from: string, to: string, days: number) => `${from} – ${to} (${days} ngày)`,
    status: 'Trạng thái',
    audiences: {
      MEDIATORS: 'Hòa giải viên ở cơ sở',
      DISTRICT_TRAINERS: 'Tập huấn viên cấp huyện',
      COMMUNE_LEADERS_AND_JUSTICE_OFFICIALS: 'Lãnh đạo UBND cấp xã và công chức Tư pháp - Hộ tịch',
      FORUM: 'Diễn đàn, giao lưu, trao đổi kinh nghiệm',
      INTERNATIONAL_EXCHANGE: 'Trao đổi kinh nghiệm quốc tế',
    } as Record<string, string>,
    statuses: {
      PLANNED: 'Đã lên kế hoạch',
      OPEN: 'Đang tổ chức',
      HELD: 'Đã tổ chức',
      CANCELLED: 'Đã hủy',
    } as Record<string, string>,
    created: (title: string) => `Đã lập ${title}.`,
    createAnother: 'Lập lớp tập huấn khác',
    backToCourses: 'Về trang Lớp tập huấn',
  },

  courseForm: {
    heading: 'Lập lớp tập huấn mới',
    intro: 'Mỗi đơn vị lập lớp cho địa bàn của mình: tỉnh, huyện hoặc xã.',
    organiserUnitCode: 'Mã đơn vị tổ chức',
    organiserUnitCodeHint: 'Mã đơn vị hành chính, ví dụ 52 (tỉnh), 540 (huyện), 21550 (xã)',
    title: 'Tên lớp',
    audience: 'Đối tượng tham dự',
    chooseAudience: '— Chọn —',
    startDate: 'Ngày bắt đầu',
    endDate: 'Ngày kết thúc',
    submit: 'Lập lớp tập huấn',
    submitting: 'Đang gửi…',
    errorSummary: 'Chưa lập được lớp tập huấn. Hãy sửa các lỗi sau:',
  },

  /** Training: a course's sessions, attendance, certificates; the materials library. */
  training: viTraining,

  /** The plan's tasks and progress, annual reports, funding and inspections. */
  plan: viPlan,

  /** The overview's national targets (Decision 315): tiles, map, chart. */
  indicators: viIndicators,

  /** The 2025 reorganisation: the hierarchy's versions on the overview, and re-homing the teams. */
  hierarchy: viHierarchy,
  reorganisation: viReorganisation,

  errors: {
    network: 'Không kết nối được tới máy chủ. Hãy kiểm tra mạng rồi thử lại.',
    unreadable: 'Máy chủ trả lời không đúng định dạng.',
    status: (status: number) => {
      switch (status) {
        case 401:
          return 'Bạn cần đăng nhập để thực hiện thao tác này.';
        case 403:
          return 'Bạn không có quyền thực hiện thao tác này.';
        case 404:
          return 'Không tìm thấy dữ liệu yêu cầu.';
        case 503:
          return 'Dịch vụ tạm thời không khả dụng. Vui lòng thử lại sau.';
        default:
          return status >= 500
            ? 'Máy chủ gặp lỗi. Vui lòng thử lại sau.'
            : `Yêu cầu không thực hiện được (mã lỗi ${status}).`;
      }
    },
    loadFailed: 'Không tải được dữ liệu.',
  },
};

export type Messages = typeof vi;
