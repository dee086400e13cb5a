package vn.hoagiai.registry.unit;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FoldingTests {

	@Test
	void vietnameseNamesFoldToPlainLowerCaseLetters() {
		assertThat(Folding.fold("Phường  Nhơn Bình")).isEqualTo("phuong nhon binh");
		assertThat(Folding.fold("Thị xã Đức Phổ")).isEqualTo("thi xa duc pho");
	}

	@Test
	void nfcAndNfdFormsFoldAlike() {
		String nfd = Normalizer.normalize("Hoài Nhơn", Normalizer.Form.NFD);
		assertThat(Folding.fold(nfd)).isEqualTo(Folding.fold("Hoài Nhơn")).isEqualTo("hoai nhon");
	}

}
