package vn.hoagiai.training.material;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

import vn.hoagiai.kit.problem.ProblemDetailsAdvice;

/** A withdrawn material (thu hồi) is no longer served, linked or handed out: answered with 410 Gone. */
class MaterialWithdrawnException extends ErrorResponseException {

	MaterialWithdrawnException(String id, String title) {
		super(HttpStatus.GONE, ProblemDetailsAdvice.problem(HttpStatus.GONE, "material-withdrawn", "Tài liệu đã bị thu hồi",
				"Tài liệu “" + title + "” (" + id + ") đã được đơn vị phát hành thu hồi, không còn được cung cấp."), null);
	}

}
