/** The materials library (tài liệu): guides, sample lectures and handbooks, with their versions, in GridFS. */
@NullMarked
package vn.hoagiai.training.material;

import org.jspecify.annotations.NullMarked;
