package vn.hoagiai.training.certificate;

import java.time.Instant;
import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CertificatePdfTests {

	static CertificatePdf.Content content(String title) {
		return new CertificatePdf.Content("ABCD-EFGH-JKMN", "m-1", "Phường Nhơn Bình", title, "Thành phố Quy Nhơn",
				LocalDate.of(2026, 5, 12), LocalDate.of(2026, 5, 13), 2, 2, LocalDate.of(2026, 5, 13),
				"/api/training/certificates/ABCD-EFGH-JKMN", Instant.parse("2026-05-14T02:00:00Z"));
	}

	@Test
	void theCertificateReadsInVietnameseWithEveryDiacritic() throws Exception {
		byte[] pdf = CertificatePdf.render(content("Bồi dưỡng kỹ năng hòa giải tranh chấp đất đai, hôn nhân và gia đình"));

		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "GIẤY CHỨNG NHẬN",
					"Hòa giải viên mã m-1", "Phường Nhơn Bình", "Bồi dưỡng kỹ năng hòa giải tranh chấp đất đai",
					"Mã xác minh: ABCD-EFGH-JKMN", "12/05/2026");
			PDFont font = document.getPage(0).getResources().getFont(document.getPage(0).getResources().getFontNames().iterator().next());
			assertThat(font.getName()).contains("DejaVuSans");
			assertThat(font.isEmbedded()).isTrue();
		}
	}

	@Test
	void aVeryLongTitleIsWrappedOnThreeLinesAtMost() throws Exception {
		byte[] pdf = CertificatePdf.render(content("Tập huấn ".repeat(60).strip()));

		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			assertThat(new PDFTextStripper().getText(document)).contains("…");
		}
	}

}
