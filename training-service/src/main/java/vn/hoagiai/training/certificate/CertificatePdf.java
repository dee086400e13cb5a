package vn.hoagiai.training.certificate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Renders a completion certificate as a one-page landscape A4 PDF. The text is set in DejaVu Sans,
 * embedded (as a subset), which has every Vietnamese letter with its diacritics; the font's licence is
 * beside it in {@code fonts/DejaVu-LICENSE.txt}.
 */
public final class CertificatePdf {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final String REGULAR = "/fonts/DejaVuSans.ttf";

	private static final String BOLD = "/fonts/DejaVuSans-Bold.ttf";

	private CertificatePdf() {
	}

	/**
	 * What a certificate says.
	 *
	 * @param code the verification code
	 * @param mediatorId the registry's id of the mediator (the service keeps no names)
	 * @param communeName the commune of the mediator's team
	 * @param courseTitle the course
	 * @param organiserName the organising unit
	 * @param startDate first day of the course
	 * @param endDate last day
	 * @param sessionsAttended sessions the mediator attended
	 * @param sessionsTotal sessions the course had
	 * @param completedOn when the criteria were met
	 * @param verificationPath where anyone can check the code
	 * @param issuedAt when the certificate is rendered
	 */
	public record Content(String code, String mediatorId, String communeName, String courseTitle,
			String organiserName, LocalDate startDate, LocalDate endDate, int sessionsAttended, int sessionsTotal,
			LocalDate completedOn, String verificationPath, Instant issuedAt) {
	}

	public static byte[] render(Content content) {
		try (PDDocument document = new PDDocument()) {
			PDFont regular = font(document, REGULAR);
			PDFont bold = font(document, BOLD);
			PDRectangle size = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
			PDPage page = new PDPage(size);
			document.addPage(page);
			float width = size.getWidth();
			float height = size.getHeight();
			try (PDPageContentStream out = new PDPageContentStream(document, page)) {
				out.setLineWidth(3);
				out.setStrokingColor(0.55f, 0.1f, 0.1f);
				out.addRect(24, 24, width - 48, height - 48);
				out.stroke();
				out.setLineWidth(1);
				out.addRect(32, 32, width - 64, height - 64);
				out.stroke();

				float y = height - 80;
				centred(out, regular, 12, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", width, y);
				centred(out, bold, 12, "Độc lập - Tự do - Hạnh phúc", width, y -= 17);
				out.setNonStrokingColor(0.55f, 0.1f, 0.1f);
				centred(out, bold, 26, "GIẤY CHỨNG NHẬN", width, y -= 55);
				centred(out, bold, 15, "HOÀN THÀNH LỚP TẬP HUẤN, BỒI DƯỠNG", width, y -= 26);
				out.setNonStrokingColor(0f, 0f, 0f);
				centred(out, regular, 13, content.organiserName() + " chứng nhận", width, y -= 40);
				centred(out, bold, 16, "Hòa giải viên mã " + content.mediatorId(), width, y -= 26);
				centred(out, regular, 13, "thuộc tổ hòa giải ở cơ sở của " + content.communeName(), width, y -= 22);
				centred(out, regular, 13, "đã hoàn thành lớp", width, y -= 28);
				for (String line : wrap(bold, 15, "«" + content.courseTitle() + "»", width - 160)) {
					centred(out, bold, 15, line, width, y -= 22);
				}
				centred(out, regular, 12, "tổ chức từ ngày " + content.startDate().format(DATE) + " đến ngày "
						+ content.endDate().format(DATE) + ", đã tham dự " + content.sessionsAttended() + "/"
						+ content.sessionsTotal() + " buổi, hoàn thành ngày " + content.completedOn().format(DATE) + ".",
						width, y -= 28);
				left(out, bold, 11, "Mã xác minh: " + content.code(), 60, 70);
				left(out, regular, 9, "Kiểm tra tính xác thực tại " + content.verificationPath(), 60, 55);
			}
			PDDocumentInformation info = document.getDocumentInformation();
			info.setTitle(text("Giấy chứng nhận " + content.code()));
			info.setSubject(text(content.courseTitle()));
			info.setCreator("hoagiai training-service");
			Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
			created.setTimeInMillis(content.issuedAt().toEpochMilli());
			info.setCreationDate(created);
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			document.save(bytes);
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static PDFont font(PDDocument document, String resource) throws IOException {
		try (InputStream in = CertificatePdf.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("font missing from the class path: " + resource);
			}
			return PDType0Font.load(document, in, true);
		}
	}

	/** Precomposed letters (NFC): the font maps "ộ" as one glyph, not "o" with two marks stacked by hand. */
	private static String text(String value) {
		return Normalizer.normalize(value, Normalizer.Form.NFC).replaceAll("\\p{Cntrl}", " ");
	}

	private static void centred(PDPageContentStream out, PDFont font, float size, String value, float pageWidth,
			float y) throws IOException {
		String text = text(value);
		float textWidth = font.getStringWidth(text) / 1000 * size;
		left(out, font, size, text, (pageWidth - textWidth) / 2, y);
	}

	private static void left(PDPageContentStream out, PDFont font, float size, String value, float x, float y)
			throws IOException {
		out.beginText();
		out.setFont(font, size);
		out.newLineAtOffset(x, y);
		out.showText(text(value));
		out.endText();
	}

	/** Splits text into lines no wider than the width; at most three, the last cut with an ellipsis. */
	static List<String> wrap(PDFont font, float size, String value, float width) throws IOException {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text(value).split("\\s+")) {
			String candidate = line.isEmpty() ? word : line + " " + word;
			if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
				lines.add(line.toString());
				line = new StringBuilder(word);
			}
			else {
				line = new StringBuilder(candidate);
			}
		}
		if (!line.isEmpty()) {
			lines.add(line.toString());
		}
		if (lines.size() > 3) {
			List<String> cut = new ArrayList<>(lines.subList(0, 3));
			cut.set(2, cut.get(2) + " …");
			return cut;
		}
		return lines;
	}

}
